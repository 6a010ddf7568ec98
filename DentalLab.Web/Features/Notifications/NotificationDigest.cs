using System.Text;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Notifications;

/// <summary>Digest settings (configuration section Notifications).</summary>
public sealed class NotificationDigestOptions
{
    public bool DigestEnabled { get; set; } = true;

    /// <summary>A notification still unread this long after it was created goes into the digest.</summary>
    public int DigestAfterMinutes { get; set; } = 60;

    /// <summary>How often the background service looks for missed notifications.</summary>
    public int DigestCheckSeconds { get; set; } = 60;
}

/// <summary>
/// One email per user summarising the notifications they have not read within <c>DigestAfterMinutes</c>, at most
/// once an hour per user; the notifications it covers get <c>emailed_at</c> so they are never mailed twice.
/// </summary>
public sealed class NotificationDigest(
    IDbContextFactory<LabDbContext> dbFactory,
    ILabEmailSender email,
    NotificationDigestOptions options,
    TimeProvider clock,
    ILogger<NotificationDigest> logger)
{
    public static readonly TimeSpan MinimumGap = TimeSpan.FromHours(1);

    /// <summary>Sends the digests that are due now; returns how many emails went out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var missedBefore = now.AddMinutes(-options.DigestAfterMinutes);
        var lastMailAfter = now - MinimumGap;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.Email != null
                && db.Set<Notification>().Any(n => n.UserId == u.Id && n.ReadAt == null && n.EmailedAt == null && n.CreatedAt <= missedBefore)
                && !db.Set<Notification>().Any(n => n.UserId == u.Id && n.EmailedAt > lastMailAfter))
            .Select(u => new { u.Id, u.Email, u.FullName })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var user in due)
        {
            var missed = await db.Set<Notification>().AsNoTracking()
                .Where(n => n.UserId == user.Id && n.ReadAt == null && n.EmailedAt == null && n.CreatedAt <= missedBefore)
                .OrderByDescending(n => n.CreatedAt)
                .Select(n => new { n.Id, n.Title, n.CreatedAt })
                .ToListAsync(ct);
            // Claim first (only rows still unmailed), so two app instances never mail the same notifications.
            var ids = missed.Select(n => n.Id).ToList();
            var claimed = await db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.EmailedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, now).SetProperty(n => n.UpdatedAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            var body = new StringBuilder();
            body.AppendLine($"Hello {user.FullName},").AppendLine();
            body.AppendLine(missed.Count == 1 ? "You have 1 notification you have not read yet:" : $"You have {missed.Count} notifications you have not read yet:");
            foreach (var n in missed.Take(20))
            {
                body.AppendLine($"- {n.Title} ({n.CreatedAt:yyyy-MM-dd HH:mm} UTC)");
            }

            if (missed.Count > 20)
            {
                body.AppendLine($"- and {missed.Count - 20} more");
            }

            body.AppendLine().AppendLine("Sign in to DentalLab and open Notifications to see them all.");
            try
            {
                await email.SendAsync(new LabEmail(user.Email!, user.FullName, $"DentalLab: {missed.Count} unread notification{(missed.Count == 1 ? "" : "s")}", body.ToString()), ct);
            }
            catch
            {
                // Not sent: give the notifications back to the next run.
                await db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.EmailedAt == now)
                    .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, (DateTimeOffset?)null), CancellationToken.None);
                throw;
            }

            sent++;
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} notification digests", sent);
        }

        return sent;
    }
}

/// <summary>
/// The digest every <c>DigestCheckSeconds</c> (when <c>Notifications:DigestEnabled</c>), through the one scheduler;
/// each batch is also claimed in the database (emailed_at), so a notification is never mailed twice.
/// </summary>
public sealed class NotificationDigestJob(NotificationDigest digest) : IRecurringJob
{
    public const string Name = "notifications.digest";

    public Task RunAsync(CancellationToken ct) => digest.RunOnceAsync(ct);
}
