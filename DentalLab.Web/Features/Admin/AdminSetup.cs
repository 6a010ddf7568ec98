using DentalLab.Web.Features.Admin.Audit;
using DentalLab.Web.Features.Admin.Backups;
using DentalLab.Web.Features.Admin.Roles;
using DentalLab.Web.Features.Admin.Settings;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Infrastructure.Audit;
using DentalLab.Web.Infrastructure.Jobs;

namespace DentalLab.Web.Features.Admin;

/// <summary>Registers the administration module's services.</summary>
public static class AdminSetup
{
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddScoped<UserAdminService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<BackupAdminService>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<RoleAdminService>();
        services.AddScoped<SettingsAdminService>();
        services.AddAuditReads();
        services.AddRecurringJob<AuditRetentionJob>(AuditRetentionJob.Name, _ => new JobSchedule(TimeSpan.FromDays(1)));
        return services;
    }

    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints) => AuditLogSetup.MapAuditEndpoints(endpoints);
}
