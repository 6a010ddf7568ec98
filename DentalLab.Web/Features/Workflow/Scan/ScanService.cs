using System.Text.RegularExpressions;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Workflow.Scan;

/// <summary>What the scan station shows about a scanned case.</summary>
public sealed record ScannedCase(
    string CaseNumber,
    string Practice,
    ProcedureType Procedure,
    string Teeth,
    DateOnly DueDate,
    CaseStatus Status,
    WorkflowStageName? Stage,
    Guid? StageId,
    WorkflowStatus? StageStatus,
    WorkflowStageName? NextStage);

public sealed record ScanOutcome(bool Succeeded, string Message, ScannedCase? Case = null);

/// <summary>
/// The scan station: reads what a keyboard-wedge scanner typed (a case number, or the QR payload that carries one),
/// completes the current stage through <see cref="WorkflowService"/>, and records every scan in scan_events against
/// the signed-in technician.
/// </summary>
public sealed partial class ScanService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, WorkflowService workflow)
{
    /// <summary>The case number inside a scanned code, or null.</summary>
    public static string? CaseNumberIn(string? code) =>
        code is null ? null : CaseNumberPattern().Match(code.ToUpperInvariant()) is { Success: true } m ? m.Value : null;

    public async Task<ScanOutcome> LookupAsync(string code, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        var (number, ambiguous) = CaseNumberIn(code) is { } full ? (full, (IReadOnlyList<string>)[]) : await ShortFormAsync(code, ct);
        if (ambiguous.Count > 1)
        {
            var outcome = new ScanOutcome(false, $"\"{Shorten(code.Trim())}\" matches {string.Join(", ", ambiguous)}: type the full case number.");
            await RecordAsync(me, code, null, "unknown", null, outcome.Message, ct);
            return outcome;
        }

        var scanned = await FindAsync(number, ct);
        if (scanned is null)
        {
            var shown = Shorten(code.Trim());
            var outcome = new ScanOutcome(false, $"Unknown code \"{shown}\": no case has this number. Scan the ticket again or type the case number.");
            await RecordAsync(me, code, null, "unknown", null, outcome.Message, ct);
            return outcome;
        }

        await RecordAsync(me, code, scanned.Value.Id, "shown", scanned.Value.Case.Stage, null, ct);
        return new ScanOutcome(true, "", scanned.Value.Case);
    }

    /// <summary>Completes the stage the station showed for <paramref name="scanned"/>.</summary>
    public async Task<ScanOutcome> CompleteAsync(ScannedCase scanned, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        var result = await workflow.CompleteStageAsync(scanned.CaseNumber, scanned.StageId, ct);
        var after = await FindAsync(scanned.CaseNumber, ct);
        var message = result.Succeeded
            ? after?.Case.Status == CaseStatus.Delivered
                ? $"{scanned.CaseNumber}: {Stage(scanned.Stage)} completed. The case is delivered."
                : $"{scanned.CaseNumber}: {Stage(scanned.Stage)} completed. Now at {Stage(after?.Case.Stage)}."
            : result.For("") ?? "The stage could not be completed.";
        await RecordAsync(me, scanned.CaseNumber, after?.Id, result.Succeeded ? "completed" : "refused", scanned.Stage, message, ct);
        return new ScanOutcome(result.Succeeded, message, after?.Case);
    }

    /// <summary>
    /// What a person types from a ticket: "276" or "000276" (the number of any year) and "2026-276" or "2026-000276".
    /// Returns the one case number it means, or every candidate when it means several (different years).
    /// </summary>
    private async Task<(string? Number, IReadOnlyList<string> Candidates)> ShortFormAsync(string code, CancellationToken ct)
    {
        var match = ShortFormPattern().Match(code.Trim());
        if (!match.Success)
        {
            return (null, []);
        }

        var serial = int.Parse(match.Groups["serial"].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Success ? match.Groups["year"].Value : null;
        if (year is not null)
        {
            return ($"DL-{year}-{serial}", []);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suffix = "-" + serial;
        // A ticket on the bench belongs to a case still in production: among several years' cases of that serial,
        // the one still open is meant.
        var candidates = await db.Cases.AsNoTracking().Where(c => c.CaseNumber.EndsWith(suffix))
            .Where(c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled)
            .OrderByDescending(c => c.CaseNumber).Select(c => c.CaseNumber).Take(5).ToListAsync(ct);
        return candidates.Count == 1 ? (candidates[0], []) : (null, candidates);
    }

    private static string Stage(WorkflowStageName? stage) => stage is { } s ? Labels.Label(s) : "no stage";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private async Task<(Guid Id, ScannedCase Case)?> FindAsync(string? caseNumber, CancellationToken ct)
    {
        if (caseNumber is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Cases.AsNoTracking()
            .Where(c => c.CaseNumber == caseNumber)
            .Select(c => new
            {
                c.Id,
                c.CaseNumber,
                Practice = c.Dentist!.PracticeName,
                c.ProcedureType,
                c.Teeth,
                c.BridgeSpans,
                c.DueDate,
                c.Status,
                Current = c.Stages.Where(s => WorkflowStage.CurrentStatuses.Contains(s.Status)).OrderBy(s => s.Position).ThenByDescending(s => s.Attempt)
                    .Select(s => new { s.Id, s.Stage, s.Status }).FirstOrDefault(),
                Next = c.Stages.Where(s => s.Status == WorkflowStatus.Pending).OrderBy(s => s.Position).ThenByDescending(s => s.Attempt)
                    .Select(s => (WorkflowStageName?)s.Stage).FirstOrDefault(),
                c.CurrentStage,
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? null
            : (row.Id, new ScannedCase(row.CaseNumber, row.Practice, row.ProcedureType, WorkflowText.Teeth(row.Teeth, row.BridgeSpans), row.DueDate, row.Status,
                row.Current?.Stage ?? row.CurrentStage, row.Current?.Id, row.Current?.Status, row.Next));
    }

    private async Task RecordAsync(Guid userId, string code, Guid? caseId, string outcome, WorkflowStageName? stage, string? message, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ScanEvents.Add(new ScanEvent
        {
            UserId = userId,
            Code = Shorten(code.Trim()),
            CaseId = caseId,
            Outcome = outcome,
            Stage = stage,
            Message = message is null ? null : message.Length <= 500 ? message : message[..499] + "…",
        });
        await db.SaveChangesAsync(ct);
    }

    [GeneratedRegex(@"DL-\d{4}-\d{6}", RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"^(?:(?<year>\d{4})-)?(?<serial>\d{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortFormPattern();
}
