using System.Text;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Inventory;

/// <summary>
/// Recalling a lot (inventory.manage): records who, when and why, blocks the lot from any further issue (the issue's
/// UPDATE checks blocked_at), then sends each affected dentist one direct message listing only their own cases (a
/// notification when messaging is not possible), and renders the affected cases as CSV and PDF.
/// </summary>
public sealed class RecallService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    MessageService messages,
    NotificationService notifications,
    LiveEventBus bus,
    TimeProvider clock,
    ILogger<RecallService> logger)
{
    public async Task<ChangeResult> RecallAsync(Guid lotId, string reason, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.InventoryManage, ct);
        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > 1000)
        {
            return ChangeResult.Fail("Reason", reason.Length == 0 ? "Say why the lot is recalled (the manufacturer's notice, a complaint...)." : "Use at most 1000 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lot = await db.MaterialLots.Include(l => l.Item).SingleOrDefaultAsync(l => l.Id == lotId, ct);
        if (lot is null)
        {
            return ChangeResult.Fail("", "Lot not found.");
        }

        if (lot.BlockedAt is not null)
        {
            return ChangeResult.Fail("", "This lot has already been recalled.");
        }

        var cases = await InventoryQueries.RecallCasesAsync(db, lotId, ct);
        var now = clock.GetUtcNow();
        lot.BlockedAt = now;
        var recall = new LotRecall { LotId = lotId, RecalledById = me, RecalledAt = now, Reason = reason, AffectedCases = cases.Count };
        db.Add(recall);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted("The lot changed at the same time (a movement or another recall). Reload it and try again.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail("", "This lot has already been recalled.");
        }

        var informed = await InformDentistsAsync(db, lot, reason, cases, ct);
        await db.LotRecalls.Where(r => r.Id == recall.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.DentistsInformed, informed), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.Inventory, LiveKinds.StockChanged, lot.Item!.Sku, me), ct);
        var dentists = cases.Select(c => c.DentistId).Distinct().Count();
        return informed == dentists
            ? ChangeResult.Ok()
            : ChangeResult.Ok($"The lot is recalled and blocked, but {dentists - informed} of {dentists} dentists have no account to write to: contact them directly.");
    }

    /// <summary>The affected cases as CSV rows (inventory.manage).</summary>
    public async Task<(LotDetail Lot, string LabName)?> DocumentAsync(Guid lotId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var detail = await InventoryQueries.LotDetailAsync(db, lotId, await settings.TodayAsync(), await settings.TimeZoneAsync(), ct);
        return detail is null ? null : (detail, await settings.GetStringAsync("lab.name", "DentalLab"));
    }

    public async Task<string> PaperSizeAsync() => await settings.GetStringAsync("billing.paper_size", "A4");

    public static IReadOnlyList<Infrastructure.Csv.CsvColumn<RecallCase>> CsvColumns(TimeZoneInfo zone) =>
    [
        new("Case number", r => r.CaseNumber),
        new("Dentist", r => r.Dentist),
        new("Practice", r => r.Practice),
        new("Patient code", r => r.PatientCode),
        new("Quantity used", r => Infrastructure.Csv.CsvWriter.Number(r.Quantity)),
        new("Used", r => Infrastructure.Csv.CsvWriter.Time(r.UsedAt, zone)),
        new("Delivered", r => Infrastructure.Csv.CsvWriter.Time(r.DeliveredAt, zone)),
        new("Status", r => Labels.Label(r.Status)),
        new("Stage", r => r.Stage is { } s ? Labels.Label(s) : ""),
    ];

    /// <summary>The message a dentist gets: the lot, the reason, and their own affected cases only.</summary>
    public static string MessageFor(string itemName, string lotNumber, string reason, IReadOnlyList<RecallCase> theirCases, TimeZoneInfo zone)
    {
        var text = new StringBuilder();
        text.Append("Material recall: ").Append(itemName).Append(", lot ").Append(lotNumber).Append("\n\n");
        text.Append("Reason: ").Append(reason).Append("\n\n");
        text.Append(theirCases.Count == 1 ? "This case of yours was made with material from this lot:\n" : $"These {theirCases.Count} cases of yours were made with material from this lot:\n");
        var shown = 0;
        foreach (var c in theirCases)
        {
            var line = $"- {c.CaseNumber}" + (c.PatientCode is null ? "" : $" (patient {c.PatientCode})")
                + (c.DeliveredAt is { } d ? $", delivered {CaseFormat.Day(d, zone):yyyy-MM-dd}" : ", not delivered yet") + "\n";
            if (text.Length + line.Length > MessageService.MaxBodyLength - 200)
            {
                break;
            }

            text.Append(line);
            shown++;
        }

        if (shown < theirCases.Count)
        {
            text.Append($"…and {theirCases.Count - shown} more; the lab will send you the full list.\n");
        }

        text.Append("\nPlease contact the lab to arrange a check or a replacement.");
        return text.ToString();
    }

    private async Task<int> InformDentistsAsync(LabDbContext db, MaterialLot lot, string reason, IReadOnlyList<RecallCase> cases, CancellationToken ct)
    {
        var zone = await settings.TimeZoneAsync();
        var dentistIds = cases.Select(c => c.DentistId).Distinct().ToList();
        var users = await db.Set<DentistProfile>().AsNoTracking().Where(d => dentistIds.Contains(d.Id) && d.UserId != null)
            .ToDictionaryAsync(d => d.Id, d => d.UserId!.Value, ct);
        var informed = 0;
        foreach (var group in cases.GroupBy(c => c.DentistId))
        {
            if (!users.TryGetValue(group.Key, out var userId))
            {
                continue;
            }

            var body = MessageFor(lot.Item!.Name, lot.LotNumber, reason, [.. group], zone);
            try
            {
                var conversation = await messages.StartDirectAsync(userId, ct);
                await messages.SendAsync(conversation, body, ct);
            }
            catch (Exception ex) when (ex is MessagingRuleException or ForbiddenException)
            {
                logger.LogWarning("Recall of lot {LotId}: no direct message to user {UserId} ({Reason}); sent a notification instead", lot.Id, userId, ex.Message);
                await notifications.NotifyAsync(userId, NotificationType.Alert, $"Material recall: lot {lot.LotNumber}", body, null, new { lot = lot.Id }, ct);
            }

            informed++;
        }

        return informed;
    }
}
