namespace DentalLab.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotificationFeatures(this IServiceCollection services) =>
        services.AddScoped<NotificationService>();
}
