using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Backup;

namespace DentalLab.Web.Features.Admin.Backups;

/// <summary>The backups an admin sees on the settings page, and "Back up now" (settings.manage).</summary>
public sealed class BackupAdminService(CurrentUser currentUser, BackupService backups, IConfiguration configuration, IHostEnvironment environment, ILogger<BackupAdminService> logger)
{
    private string Folder => BackupService.DefaultFolder(configuration, environment.ContentRootPath);

    /// <summary>True when the app runs its own embedded database and so makes the nightly backups itself.</summary>
    public bool Nightly => string.IsNullOrWhiteSpace(configuration.GetConnectionString("DentalLab")) && configuration.GetValue("Backup:Nightly", true);

    public async Task<IReadOnlyList<BackupInfo>> ListAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.SettingsManage, ct);
        return BackupService.List(Folder);
    }

    public async Task<BackupInfo> BackUpNowAsync(CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.SettingsManage, ct);
        logger.LogInformation("Backup started from the settings page by user {UserId}", me);
        var (path, _) = await backups.BackupAsync(Folder, ct);
        return BackupService.List(Folder).First(b => b.Path == path);
    }
}
