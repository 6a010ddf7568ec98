using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Compliance;

/// <summary>
/// Demo mode: the delivered demo cases (the most recent ones) get the QC record of their passed attempt and version 1
/// of their statement of conformity, drawn by the real <see cref="StatementService"/>, so the case page and the portal
/// show them on first run. Only cases without a statement; safe to run on every start.
/// </summary>
public static class ComplianceDemo
{
    private const int Cases = 40;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var statements = services.GetRequiredService<StatementService>();
        if (await statements.MissingSettingAsync() is not null)
        {
            return;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync(ct);
        var due = await db.Cases.Include(c => c.Dentist).Include(c => c.Stages)
            .Where(c => c.Status == CaseStatus.Delivered && !db.ConformityStatements.Any(s => s.CaseId == c.Id))
            .OrderByDescending(c => c.DeliveredAt).Take(Cases).ToListAsync(ct);
        foreach (var c in due)
        {
            var qc = c.Stages.Where(s => s.Stage == WorkflowStageName.QualityControl && s.Status == WorkflowStatus.Completed)
                .OrderByDescending(s => s.Attempt).FirstOrDefault();
            var actor = qc?.CompletedById ?? qc?.AssignedToId;
            if (qc is null || actor is null || await db.QcRecords.AnyAsync(r => r.StageId == qc.Id, ct))
            {
                continue;
            }

            var items = await QcChecklistService.ActiveItemsAsync(db, c.ProcedureType, ct);
            var record = new QcRecord
            {
                CaseId = c.Id,
                StageId = qc.Id,
                Attempt = qc.Attempt,
                Passed = true,
                Items = QcChecklistService.WriteItems(items.Select(i => new QcItemResult(i.Text, true))),
                CheckedById = actor.Value,
                CheckedAt = qc.CompletedAt ?? c.DeliveredAt ?? DateTimeOffset.UtcNow,
            };
            db.QcRecords.Add(record);
            await statements.AddIssuedAsync(db, c, record, actor.Value, record.CheckedAt, null, ct);
        }

        await db.SaveChangesAsync(ct);
        await SeedFailedAttemptsAsync(db, ct);
    }

    /// <summary>
    /// Every failed QC attempt of the demo history gets its record too, the checklist item its reason names ticked as
    /// failed, so the case timeline and the remakes report's failed-items table show a believable spread.
    /// </summary>
    private static async Task SeedFailedAttemptsAsync(LabDbContext db, CancellationToken ct)
    {
        var failed = await db.WorkflowStages.AsNoTracking()
            .Where(s => s.Stage == WorkflowStageName.QualityControl && s.Status == WorkflowStatus.Failed
                && (s.CompletedById != null || s.AssignedToId != null) && !db.QcRecords.Any(r => r.StageId == s.Id))
            .Select(s => new { s.Id, s.CaseId, s.Attempt, s.CompletedAt, s.QcFailedReason, Actor = s.CompletedById ?? s.AssignedToId, s.Case!.ProcedureType,
                BackTo = db.WorkflowStages.Where(r => r.CaseId == s.CaseId && r.Attempt == s.Attempt + 1).OrderBy(r => r.Position).Select(r => (WorkflowStageName?)r.Stage).FirstOrDefault() })
            .ToListAsync(ct);
        var checklists = new Dictionary<ProcedureType, IReadOnlyList<string>>();
        foreach (var stage in failed)
        {
            if (!checklists.TryGetValue(stage.ProcedureType, out var items))
            {
                items = checklists[stage.ProcedureType] = [.. (await QcChecklistService.ActiveItemsAsync(db, stage.ProcedureType, ct)).Select(i => i.Text)];
            }

            if (items.Count == 0)
            {
                continue;
            }

            var culprit = FailedItem(items, stage.QcFailedReason ?? "");
            db.QcRecords.Add(new QcRecord
            {
                CaseId = stage.CaseId,
                StageId = stage.Id,
                Attempt = stage.Attempt,
                Passed = false,
                Items = QcChecklistService.WriteItems(items.Select(i => new QcItemResult(i, i != culprit))),
                CheckedById = stage.Actor!.Value,
                CheckedAt = stage.CompletedAt ?? DateTimeOffset.UtcNow,
                ReturnedTo = stage.BackTo ?? WorkflowStageName.Design,
                Reason = stage.QcFailedReason,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static readonly string[] Keywords = ["margin", "shade", "contact", "occlusion", "surface"];

    /// <summary>The checklist item a fail reason is about ("Open margin on the distal" → "Margins closed and continuous").</summary>
    private static string FailedItem(IReadOnlyList<string> items, string reason)
    {
        foreach (var keyword in Keywords.Where(k => reason.Contains(k, StringComparison.OrdinalIgnoreCase)).Append("surface"))
        {
            if (items.FirstOrDefault(i => i.Contains(keyword, StringComparison.OrdinalIgnoreCase)) is { } item)
            {
                return item;
            }
        }

        return items[^1];
    }
}
