using DentalLab.Web.Infrastructure.Jobs;

namespace DentalLab.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotificationFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Notifications").Get<NotificationDigestOptions>() ?? new NotificationDigestOptions();
        services.AddSingleton(options);
        services.AddScoped<NotificationService>();
        services.AddScoped<NotificationDigest>();
        services.AddRecurringJob<NotificationDigestJob>(NotificationDigestJob.Name,
            _ => new JobSchedule(TimeSpan.FromSeconds(Math.Max(5, options.DigestCheckSeconds)), options.DigestEnabled, RunAtStart: false));
        return services;
    }
}
