namespace DentalLab.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotificationFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Notifications").Get<NotificationDigestOptions>() ?? new NotificationDigestOptions();
        services.AddSingleton(options);
        services.AddScoped<NotificationService>();
        services.AddScoped<NotificationDigest>();
        services.AddHostedService<NotificationDigestService>();
        return services;
    }
}
