namespace DentalLab.Web.Features.Messages;

public static class MessagesSetup
{
    public static IServiceCollection AddMessageFeatures(this IServiceCollection services) =>
        services.AddScoped<MessageService>();
}
