using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace DentalLab.Web.Infrastructure.Files;

/// <summary>
/// Uploads staged before they belong to anything (a portal Rx not sent yet), configuration section <c>Files</c>:
/// how long an unsent upload is kept, how much one user may have staged at once, how often the cleanup runs.
/// </summary>
public sealed class StagedUploadOptions
{
    public double StagedMaxAgeHours { get; set; } = 24;

    public long StagedQuotaMb { get; set; } = 500;

    public double StagedCleanupMinutes { get; set; } = 60;

    public TimeSpan MaxAge => TimeSpan.FromHours(Math.Max(StagedMaxAgeHours, 0.001));

    public long QuotaBytes => Math.Max(StagedQuotaMb, 1) * 1024L * 1024L;
}

/// <summary>
/// Deletes staged uploads older than <see cref="StagedUploadOptions.StagedMaxAgeHours"/>: an Rx page closed without
/// sending leaves its files behind. Runs through the <see cref="JobScheduler"/> (one instance at a time; the delete
/// is harmless to repeat anyway). Logs counts only, never file names.
/// </summary>
public sealed class StagedUploadCleanupJob(FileStore store, IOptions<StagedUploadOptions> options, TimeProvider clock, ILogger<StagedUploadCleanupJob> logger) : IRecurringJob
{
    public const string Name = "files.staged-cleanup";

    public Task RunAsync(CancellationToken ct)
    {
        var deleted = store.DeleteStagedOlderThan(clock.GetUtcNow() - options.Value.MaxAge);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} abandoned staged uploads", deleted);
        }

        return Task.CompletedTask;
    }
}
