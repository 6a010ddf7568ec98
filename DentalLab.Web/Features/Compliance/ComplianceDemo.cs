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
    }
}
