using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Compliance;

/// <summary>
/// The QC checklists per procedure type (edited with workflow.templates beside the workflow templates) and the
/// QC records of a case. Passing and failing QC (which write the records) are WorkflowService's.
/// </summary>
public sealed class QcChecklistService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser)
{
    public const int MaxItems = 30;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The active items of <paramref name="procedure"/>'s checklist, in order.</summary>
    public async Task<IReadOnlyList<ChecklistItemView>> ChecklistAsync(ProcedureType procedure, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ActiveItemsAsync(db, procedure, ct);
    }

    /// <summary>The checklist the inspector ticks for a case (its procedure's).</summary>
    public async Task<IReadOnlyList<ChecklistItemView>> ForCaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var procedure = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber).Select(c => (ProcedureType?)c.ProcedureType).SingleOrDefaultAsync(ct);
        return procedure is { } p ? await ActiveItemsAsync(db, p, ct) : [];
    }

    /// <summary>
    /// Replaces <paramref name="procedure"/>'s checklist with <paramref name="lines"/> (one item a line, blank lines
    /// dropped). Items whose text stays keep their row; removed ones are deactivated (the records that name them stay).
    /// </summary>
    public async Task<ChangeResult> SaveAsync(ProcedureType procedure, string lines, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowTemplates, ct);
        var items = (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (items.Count == 0)
        {
            return ChangeResult.Fail("items", "A checklist needs at least one item.");
        }

        if (items.Count > MaxItems)
        {
            return ChangeResult.Fail("items", $"Keep the checklist to {MaxItems} items.");
        }

        if (items.FirstOrDefault(i => i.Length > QcChecklistItem.TextMaxLength) is { } tooLong)
        {
            return ChangeResult.Fail("items", $"\"{tooLong[..40]}…\" is longer than {QcChecklistItem.TextMaxLength} characters.");
        }

        if (items.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return ChangeResult.Fail("items", $"\"{twice.Key}\" is on the list twice.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.QcChecklistItems.Where(i => i.ProcedureType == procedure).ToListAsync(ct);
        foreach (var row in rows)
        {
            row.IsActive = false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var row = rows.FirstOrDefault(r => string.Equals(r.Text, items[i], StringComparison.Ordinal));
            if (row is null)
            {
                row = new QcChecklistItem { ProcedureType = procedure, Text = items[i] };
                db.QcChecklistItems.Add(row);
                rows.Add(row);
            }

            row.IsActive = true;
            row.Position = i + 1;
        }

        await db.SaveChangesAsync(ct);
        return ChangeResult.Ok();
    }

    /// <summary>Every QC attempt of the case, oldest first (staff who read workflow; the case page shows them on its timeline).</summary>
    public async Task<IReadOnlyList<QcAttemptView>> AttemptsAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.QcRecords.AsNoTracking().Where(r => r.Case!.CaseNumber == caseNumber)
            .OrderBy(r => r.CheckedAt)
            .Select(r => new { r.Attempt, r.Passed, By = r.CheckedBy!.FullName, r.CheckedAt, r.Items, r.ReturnedTo, r.Reason, r.RequirementsNotMet })
            .ToListAsync(ct);
        return rows.Select(r => new QcAttemptView(r.Attempt, r.Passed, r.By, r.CheckedAt, ReadItems(r.Items), r.ReturnedTo, r.Reason, r.RequirementsNotMet)).ToList();
    }

    /// <summary>The checklist of a record as JSON.</summary>
    public static string WriteItems(IEnumerable<QcItemResult> items) => JsonSerializer.Serialize(items, Json);

    public static IReadOnlyList<QcItemResult> ReadItems(string json) => JsonSerializer.Deserialize<List<QcItemResult>>(json, Json) ?? [];

    internal static async Task<IReadOnlyList<ChecklistItemView>> ActiveItemsAsync(LabDbContext db, ProcedureType procedure, CancellationToken ct) =>
        await db.QcChecklistItems.AsNoTracking().Where(i => i.ProcedureType == procedure && i.IsActive)
            .OrderBy(i => i.Position).Select(i => new ChecklistItemView(i.Id, i.Position, i.Text)).ToListAsync(ct);
}
