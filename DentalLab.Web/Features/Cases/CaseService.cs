using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// Changes to cases: intake, edits, delete, remakes and notes (reads are in <see cref="CaseQueries"/>; hold, resume
/// and cancel are workflow changes in <see cref="Workflow.WorkflowService"/>; the portal's intake is
/// <see cref="Portal.PortalIntakeService"/>). Every method checks
/// its permission first, works on a context of its own, and after a change publishes <c>case.updated</c> on the
/// case's topic and the board's. Files are in <see cref="CaseFileService"/>.
/// </summary>
public sealed class CaseService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    LiveEventBus bus,
    TimeProvider clock,
    ILogger<CaseService> logger)
{
    public const string ConcurrencyMessage =
        "Someone else changed this case while you were editing it, so your changes were not saved. They are still in the form: reload the case to see the other change, then apply yours again.";

    internal const int MaxTextLength = 4000;

    /// <summary>Logs a new case: its number from the database sequence, its stages from the procedure's template.</summary>
    public async Task<(ChangeResult Result, string? CaseNumber)> CreateAsync(CaseInput input, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.CasesCreate, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var receivedOn = await settings.TodayAsync();
        var result = await ValidateAsync(db, input, ct);
        var template = await TemplateAsync(db, input.Procedure, ct);
        if (template is null)
        {
            result.Errors.TryAdd(nameof(CaseInput.Procedure), "There is no active workflow template for this procedure.");
        }

        var computed = template is null ? receivedOn : (await CalculatorAsync()).DueDate(receivedOn, template, input.Urgency);
        var dueDate = ResolveDueDate(input, computed, receivedOn, result);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var @case = new Case
        {
            DentistId = input.Dentist!.Id,
            ReceivedAt = now,
            DueDate = dueDate,
            CreatedById = userId,
        };
        Apply(input, @case, computed);
        @case.ProcedureType = input.Procedure;
        @case.StartWorkflow(template!.Stages, now);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Case {CaseNumber} logged by {UserId}", @case.CaseNumber, userId);
        await PublishAsync(@case.CaseNumber, ct);
        return (result, @case.CaseNumber);
    }

    /// <summary>Saves an edit, refused when the case changed since <see cref="CaseInput.Version"/> (the input is left as it was).</summary>
    public async Task<ChangeResult> UpdateAsync(string caseNumber, CaseInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesEdit, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return ChangeResult.Fail("", "This case no longer exists.");
        }

        if (@case.Status == CaseStatus.Cancelled)
        {
            return ChangeResult.Fail("", "A cancelled case cannot be edited.");
        }

        // The stages were made from the procedure's template: the procedure stays what it was.
        input.Procedure = @case.ProcedureType;
        var result = await ValidateAsync(db, input, ct);
        var template = await TemplateAsync(db, @case.ProcedureType, ct);
        var receivedOn = await LabDateAsync(@case.ReceivedAt);
        // Unless the urgency changes, the date computed at intake stands (a holiday added since must not move it silently).
        var computed = template is null || (input.Urgency == @case.Urgency && @case.DueDateOverrideReason is null)
            ? @case.DueDate
            : (await CalculatorAsync()).DueDate(receivedOn, template, input.Urgency);
        var dueDate = ResolveDueDate(input, computed, receivedOn, result);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Entry(@case).Property(c => c.Version).OriginalValue = input.Version;
        @case.DentistId = input.Dentist!.Id;
        Apply(input, @case, computed);
        @case.DueDate = dueDate;
        return await SaveAsync(db, caseNumber, result, ct);
    }

    /// <summary>Soft-deletes a case: it disappears from lists and its address answers "not found"; its rows stay.</summary>
    public async Task<ChangeResult> DeleteAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesDelete, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return ChangeResult.Fail("", "This case no longer exists.");
        }

        db.Cases.Remove(@case);
        return await SaveAsync(db, caseNumber, ChangeResult.Ok(), ct);
    }

    /// <summary>A remake: a new case linked to its parent, with a reason and who pays, starting at the first stage with its own number.</summary>
    public async Task<(ChangeResult Result, string? CaseNumber)> RemakeAsync(
        string parentNumber, string? reasonCode, string? details, RemakePayer? payer, UrgencyLevel urgency, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.CasesEdit, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parent = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNumber == parentNumber, ct);
        var result = new ChangeResult();
        var reason = CaseVocabulary.RemakeReasons.FirstOrDefault(r => r.Code == reasonCode).Label;
        if (parent is null)
        {
            result.Errors[""] = "This case no longer exists.";
        }

        if (reason is null)
        {
            result.Errors["Reason"] = "Choose why the case is remade.";
        }
        else if (reasonCode == "other" && string.IsNullOrWhiteSpace(details))
        {
            result.Errors["Details"] = "Describe the reason.";
        }

        if (payer is null)
        {
            result.Errors["Payer"] = "Choose who pays for the remake.";
        }

        var template = parent is null ? null : await TemplateAsync(db, parent.ProcedureType, ct);
        if (parent is not null && template is null)
        {
            result.Errors[""] = "There is no active workflow template for this procedure.";
        }

        if (!result.Succeeded)
        {
            return (result, null);
        }

        var now = clock.GetUtcNow();
        var receivedOn = await settings.TodayAsync();
        var remake = new Case
        {
            DentistId = parent!.DentistId,
            PatientName = parent.PatientName,
            PatientCode = parent.PatientCode,
            ProcedureType = parent.ProcedureType,
            Teeth = parent.Teeth,
            BridgeSpans = parent.BridgeSpans,
            Shade = parent.Shade,
            Material = parent.Material,
            Units = parent.Units,
            Urgency = urgency,
            Priority = parent.Priority,
            ReceivedAt = now,
            DueDate = (await CalculatorAsync()).DueDate(receivedOn, template!, urgency),
            ParentCaseId = parent.Id,
            RemakeReason = Trim(string.IsNullOrWhiteSpace(details) ? reason! : $"{reason}: {details.Trim()}", 500),
            RemakePayer = payer,
            Instructions = Trim($"Remake of {parent.CaseNumber}. {parent.Instructions}".Trim(), MaxTextLength),
            CreatedById = userId,
        };
        remake.StartWorkflow(template!.Stages, now);
        db.Cases.Add(remake);
        await db.SaveChangesAsync(ct);
        await PublishAsync(remake.CaseNumber, ct);
        await PublishAsync(parent.CaseNumber, ct);
        return (result, remake.CaseNumber);
    }

    public async Task<ChangeResult> AddNoteAsync(string caseNumber, string? body, bool visibleToDentist, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.CasesNotes, ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return ChangeResult.Fail("Body", "Write the note first.");
        }

        if (body.Trim().Length > MaxTextLength)
        {
            return ChangeResult.Fail("Body", $"A note can be at most {MaxTextLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseId = await db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        if (caseId is null)
        {
            return ChangeResult.Fail("", "This case no longer exists.");
        }

        db.CaseNotes.Add(new CaseNote { CaseId = caseId.Value, AuthorId = userId, Body = body.Trim(), VisibleToDentist = visibleToDentist });
        await db.SaveChangesAsync(ct);
        await PublishAsync(caseNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Tells every open board and case page that the case changed (ids only: they re-read through their own checks).</summary>
    internal Task PublishAsync(string caseNumber, CancellationToken ct = default) => PublishAsync(bus, caseNumber, currentUser.UserId, ct);

    internal static async Task PublishAsync(LiveEventBus bus, string caseNumber, Guid? actorId, CancellationToken ct)
    {
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(caseNumber), LiveKinds.CaseUpdated, caseNumber, actorId), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.Board, LiveKinds.CaseUpdated, caseNumber, actorId), ct);
    }

    internal static void Apply(CaseInput input, Case @case, DateOnly computedDueDate)
    {
        @case.PatientName = TextInput.Blank(input.PatientName);
        @case.PatientCode = TextInput.Blank(input.PatientCode);
        @case.Teeth = [.. input.Teeth.Distinct().Order()];
        @case.BridgeSpans = TextInput.Blank(input.BridgeSpans);
        @case.Shade = TextInput.Blank(input.Shade);
        @case.Material = TextInput.Blank(input.Material);
        @case.Units = input.Units;
        @case.Urgency = input.Urgency;
        @case.Priority = input.Priority;
        @case.Instructions = TextInput.Blank(input.Instructions);
        @case.DueDateOverrideReason = input.DueDateOverride is { } chosen && chosen != computedDueDate ? TextInput.Blank(input.DueDateOverrideReason) : null;
    }

    /// <summary>The due date to store: the computed one, or an override that comes with a reason.</summary>
    private static DateOnly ResolveDueDate(CaseInput input, DateOnly computed, DateOnly receivedOn, ChangeResult result)
    {
        if (input.DueDateOverride is not { } chosen || chosen == computed)
        {
            return computed;
        }

        if (chosen < receivedOn)
        {
            result.Errors[nameof(CaseInput.DueDateOverride)] = "The due date cannot be before the day the case was received.";
        }

        if (string.IsNullOrWhiteSpace(input.DueDateOverrideReason))
        {
            result.Errors[nameof(CaseInput.DueDateOverrideReason)] = $"Say why the due date differs from the computed {computed:yyyy-MM-dd}.";
        }

        return chosen;
    }

    private async Task<ChangeResult> SaveAsync(LabDbContext db, string caseNumber, ChangeResult result, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Fail("", ConcurrencyMessage);
        }

        await PublishAsync(caseNumber, ct);
        return result;
    }

    /// <summary>The form's rules, shared by the lab's intake and edits and the portal's (<see cref="Portal.PortalIntakeService"/>).</summary>
    internal static async Task<ChangeResult> ValidateAsync(LabDbContext db, CaseInput input, CancellationToken ct)
    {
        var result = new ChangeResult();
        void Check(bool wrong, string field, string message)
        {
            if (wrong)
            {
                result.Errors.TryAdd(field, message);
            }
        }

        Check(input.Dentist is null, nameof(CaseInput.Dentist), "Choose the dentist.");
        if (input.Dentist is { } dentist)
        {
            var active = await db.Set<DentistProfile>().AnyAsync(d => d.Id == dentist.Id && d.Status == DentistStatus.Active, ct);
            Check(!active, nameof(CaseInput.Dentist), "This dentist is not active.");
        }

        var noPatient = string.IsNullOrWhiteSpace(input.PatientName) && string.IsNullOrWhiteSpace(input.PatientCode);
        Check(noPatient, nameof(CaseInput.PatientName), "Give the patient's name or the practice's patient code.");
        Check(noPatient, nameof(CaseInput.PatientCode), "Give the patient's name or the practice's patient code.");
        Check(input.PatientName?.Trim().Length > 200, nameof(CaseInput.PatientName), "At most 200 characters.");
        Check(input.PatientCode?.Trim().Length > 50, nameof(CaseInput.PatientCode), "At most 50 characters.");
        Check(!Enum.IsDefined(input.Procedure), nameof(CaseInput.Procedure), "Choose the procedure.");
        Check(input.Teeth.Any(t => !Dentition.IsTooth(t)), nameof(CaseInput.Teeth), "Teeth are FDI numbers 11–48.");
        Check(TeethRequired(input.Procedure) && input.Teeth.Count == 0, nameof(CaseInput.Teeth), "Mark the teeth on the chart.");
        var spans = Dentition.ParseSpans(input.BridgeSpans);
        var spanError = spans is null
            || spans.Any(s => Dentition.Span(s.From, s.To) is var run && (run.Count < 2 || run.Any(t => !input.Teeth.Contains(t))))
            || (input.BridgeSpans?.Length ?? 0) > 100;
        Check(spanError, nameof(CaseInput.BridgeSpans), "A bridge is a run of two or more neighbouring teeth on one arch, all marked on the chart.");
        Check(input.Procedure == ProcedureType.Bridge && spans is { Count: 0 }, nameof(CaseInput.BridgeSpans), "Mark the bridge: select its teeth and press \"Mark as bridge\".");
        Check(input.Shade is { Length: > 0 } shade && !CaseVocabulary.Shades.Contains(shade), nameof(CaseInput.Shade), "Choose a VITA classical or bleach shade.");
        Check(input.Material?.Trim().Length > 100, nameof(CaseInput.Material), "At most 100 characters.");
        Check(input.Units is < 1 or > 32, nameof(CaseInput.Units), "Units are between 1 and 32.");
        Check(!Enum.IsDefined(input.Urgency), nameof(CaseInput.Urgency), "Choose the urgency.");
        Check(!Enum.IsDefined(input.Priority), nameof(CaseInput.Priority), "Choose the priority.");
        Check(input.Instructions?.Trim().Length > MaxTextLength, nameof(CaseInput.Instructions), $"At most {MaxTextLength} characters.");
        Check(input.DueDateOverrideReason?.Trim().Length > 500, nameof(CaseInput.DueDateOverrideReason), "At most 500 characters.");
        return result;
    }

    /// <summary>Arch-level work (dentures, guards, aligners) names no teeth; everything else does.</summary>
    public static bool TeethRequired(ProcedureType procedure) =>
        procedure is not (ProcedureType.Denture or ProcedureType.NightGuard or ProcedureType.Aligner or ProcedureType.Other);

    /// <summary>The procedure's active workflow template with its stages (null when the lab has none).</summary>
    internal static Task<WorkflowTemplate?> TemplateAsync(LabDbContext db, ProcedureType procedure, CancellationToken ct) =>
        db.Set<WorkflowTemplate>().AsNoTracking().Include(t => t.Stages)
            .Where(t => t.ProcedureType == procedure && t.IsActive && t.Stages.Any())
            .SingleOrDefaultAsync(ct);

    private Task<DueDateCalculator> CalculatorAsync() => CalculatorAsync(settings);

    /// <summary>Business days from the lab's holidays (setting cases.holidays).</summary>
    internal static async Task<DueDateCalculator> CalculatorAsync(LabSettings settings) => new(await settings.GetDatesAsync("cases.holidays"));

    private async Task<DateOnly> LabDateAsync(DateTimeOffset at) =>
        CaseFormat.Day(at, await settings.TimeZoneAsync());

    internal static string Trim(string value, int max) => value.Trim() is var t && t.Length > max ? t[..max] : t;

}
