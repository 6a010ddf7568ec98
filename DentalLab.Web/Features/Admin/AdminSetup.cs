using DentalLab.Web.Features.Admin.Audit;
using DentalLab.Web.Features.Admin.Backups;
using DentalLab.Web.Features.Admin.Users;

namespace DentalLab.Web.Features.Admin;

/// <summary>Registers the administration module's services.</summary>
public static class AdminSetup
{
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddScoped<UserAdminService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<BackupAdminService>();
        return services;
    }
}
