using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Observability;
using DentalLab.Web.Infrastructure.Validation;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Features.Compliance;

namespace DentalLab.Web.Features.Workflow;

/// <summary>
/// The one place where a case's state and its workflow stages change: complete (and QC pass), QC fail back to an
/// earlier stage as a new attempt, block, hold, resume, cancel, assign — from the board, the scan station and the case
/// page alike. The rules are methods on <see cref="Case"/> and <see cref="WorkflowStage"/>; each change here loads the
/// case with its stages, applies the rule, and saves
/// with the case's xmin as the concurrency token (the case row is always touched, so two people moving the same
/// card at once cannot both win). After the commit it publishes on the live bus and notifies the people concerned.
/// </summary>
public sealed class WorkflowService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    NotificationService notifications,
    LiveEventBus bus,
    TimeProvider clock,
    StatementService statements)
{
    public const int ReasonMaxLength = 500;

    /// <summary>Completes the case's current stage and starts the next. <paramref name="expectedStageId"/> is the stage row the caller saw as current.</summary>
    public async Task<ChangeResult> CompleteStageAsync(string caseNumber, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        // Quality control is passed with its checklist and issues the statement of conformity (QcPassAsync).
        return await TransitionAsync(caseNumber, expectedStageId, t => t.Current.Stage == WorkflowStageName.QualityControl
            ? ChangeResult.Fail("", $"{t.Case.CaseNumber} is at quality control: tick its checklist with \"Quality control passed\".")
            : Complete(t), ct);
    }

    /// <summary>
    /// Quality control passed: every item of the procedure's checklist must be ticked. Completes the QC stage, keeps
    /// the QC record of the attempt and issues version 1 of the statement of conformity, all in one transaction;
    /// refused (naming the setting) when the manufacturer is not set.
    /// </summary>
    public async Task<ChangeResult> QcPassAsync(string caseNumber, QcPassInput input, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        if (input.RequirementsNotMet?.Trim().Length > 2000)
        {
            return ChangeResult.Fail(nameof(QcPassInput.RequirementsNotMet), "Keep this under 2000 characters.");
        }

        if (input.Substances?.Trim().Length > ReasonMaxLength)
        {
            return ChangeResult.Fail(nameof(QcPassInput.Substances), $"Keep this under {ReasonMaxLength} characters.");
        }

        if (await statements.MissingSettingAsync() is { } missing)
        {
            return ChangeResult.Fail("", missing);
        }

        var checklist = await ChecklistAsync(caseNumber, ct);
        return await TransitionAsync(caseNumber, expectedStageId, t =>
        {
            if (t.Current.Stage != WorkflowStageName.QualityControl)
            {
                return ChangeResult.Fail("", $"{t.Case.CaseNumber} is not at quality control.");
            }

            var unticked = checklist.Where(i => !input.Ticked.Contains(i.Id)).Select(i => i.Text).ToList();
            if (unticked.Count > 0)
            {
                return ChangeResult.Fail("items", $"Tick every item to pass; not ticked: {string.Join(", ", unticked)}.");
            }

            var qc = t.Current;
            var result = Complete(t);
            if (result.Succeeded)
            {
                t.Record = NewRecord(t, qc, checklist.Select(i => new QcItemResult(i.Text, true)), passed: true);
                t.Record.RequirementsNotMet = string.IsNullOrWhiteSpace(input.RequirementsNotMet) ? null : input.RequirementsNotMet.Trim();
                t.Record.Substances = string.IsNullOrWhiteSpace(input.Substances) ? null : input.Substances.Trim();
            }

            return result;
        }, ct, beforeSave: (db, t) => statements.AddIssuedAsync(db, t.Case, t.Record!, t.Actor, t.Now, null, ct));
    }

    /// <summary>
    /// Quality control failed: the QC attempt is closed as failed with the reason, and new attempts are created from
    /// <paramref name="backTo"/> through quality control; the first of them starts now. Nothing is overwritten.
    /// </summary>
    /// <remarks>
    /// <paramref name="passedItems"/> are the checklist items that passed (ticked); the others failed and are named in
    /// the attempt's QC record. At least one item must have failed.
    /// </remarks>
    public async Task<ChangeResult> QcFailAsync(string caseNumber, WorkflowStageName backTo, string reason, Guid? expectedStageId = null,
        IReadOnlyCollection<Guid>? passedItems = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        if (CheckReason(reason) is { } bad)
        {
            return bad;
        }

        var checklist = await ChecklistAsync(caseNumber, ct);
        var passed = passedItems ?? [];
        if (checklist.Count > 0 && checklist.All(i => passed.Contains(i.Id)))
        {
            return ChangeResult.Fail("items", "Every item is ticked: leave the failed items unticked.");
        }

        return await TransitionAsync(caseNumber, expectedStageId, t =>
        {
            var qc = t.Current;
            var result = FailQc(t, backTo, reason.Trim());
            if (result.Succeeded)
            {
                t.Record = NewRecord(t, qc, checklist.Select(i => new QcItemResult(i.Text, passed.Contains(i.Id))), passed: false);
                t.Record.ReturnedTo = backTo;
                t.Record.Reason = reason.Trim();
            }

            return result;
        }, ct);
    }

    private async Task<IReadOnlyList<ChecklistItemView>> ChecklistAsync(string caseNumber, CancellationToken ct)
    {
        caseNumber = caseNumber.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var procedure = await db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber).Select(c => (ProcedureType?)c.ProcedureType).SingleOrDefaultAsync(ct);
        return procedure is { } p ? await QcChecklistService.ActiveItemsAsync(db, p, ct) : [];
    }

    private static QcRecord NewRecord(Transition t, WorkflowStage qc, IEnumerable<QcItemResult> items, bool passed) => new()
    {
        CaseId = t.Case.Id,
        StageId = qc.Id,
        Attempt = qc.Attempt,
        Passed = passed,
        Items = QcChecklistService.WriteItems(items),
        CheckedById = t.Actor,
        CheckedAt = t.Now,
    };

    /// <summary>
    /// The driver handed the case over (logistics.drive): completes its delivery stage by the same rule as
    /// <see cref="CompleteStageAsync"/>, only when delivery is the current stage.
    /// </summary>
    public async Task<ChangeResult> CompleteDeliveryAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        return await TransitionAsync(caseNumber, null, t =>
            t.Current.Stage == WorkflowStageName.Delivery ? Complete(t) : ChangeResult.Fail("", $"{t.Case.CaseNumber} is not at delivery."), ct);
    }

    public async Task<ChangeResult> BlockAsync(string caseNumber, string reason, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        if (CheckReason(reason) is { } bad)
        {
            return bad;
        }

        return await TransitionAsync(caseNumber, expectedStageId, t => Refusal(t.Case.Block(t.Current, reason.Trim())), ct);
    }

    /// <summary>
    /// Puts the current stage, and with it the case, on hold. From the board and the case page alike: whoever may
    /// advance stages (workflow.advance) or edit cases (cases.edit) may hold and resume, as both permissions say.
    /// </summary>
    public async Task<ChangeResult> HoldAsync(string caseNumber, string? reason, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await DemandHoldAsync(ct);
        if (CheckReason(reason, "Say why the case is put on hold.") is { } bad)
        {
            return bad;
        }

        return await TransitionAsync(caseNumber, expectedStageId, t => Refusal(t.Case.Hold(t.Current, reason!.Trim())), ct);
    }

    /// <summary>Resumes a blocked or on-hold stage (and the case, when it was on hold); the reason it stopped for is cleared.</summary>
    public async Task<ChangeResult> ResumeAsync(string caseNumber, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await DemandHoldAsync(ct);
        return await TransitionAsync(caseNumber, expectedStageId, t => Refusal(t.Case.Resume(t.Current, t.Now)), ct);
    }

    /// <summary>Cancels a case (cases.edit); its open stages are skipped and it leaves the board.</summary>
    public async Task<ChangeResult> CancelAsync(string caseNumber, string? reason, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesEdit, ct);
        if (CheckReason(reason, "Say why the case is cancelled.") is { } bad)
        {
            return bad;
        }

        return await TransitionAsync(caseNumber, null, t => Refusal(t.Case.Cancel(reason!.Trim(), t.Now)), ct, needsCurrentStage: false);
    }

    /// <summary>
    /// Assigns a technician (an active user who holds workflow.advance) to the open row of <paramref name="stage"/>:
    /// the current stage or one still to come. A null <paramref name="userId"/> removes the assignment.
    /// </summary>
    public async Task<ChangeResult> AssignAsync(string caseNumber, WorkflowStageName stage, Guid? userId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAssign, ct);
        if (userId is { } id && !await CanBeAssignedAsync(id, ct))
        {
            return ChangeResult.Fail("", "Only active users who can advance stages can be assigned.");
        }

        return await TransitionAsync(caseNumber, null, t =>
        {
            var row = t.Stages.Where(s => s.Stage == stage && s.IsOpen)
                .OrderByDescending(s => s.Attempt).FirstOrDefault();
            if (row is null)
            {
                return ChangeResult.Fail("", $"{t.Case.CaseNumber} has no open {Labels.Label(stage).ToLowerInvariant()} stage.");
            }

            if (row.AssignedToId == userId)
            {
                return ChangeResult.Ok();
            }

            row.AssignedToId = userId;
            t.Assigned = userId is null ? null : row;
            return ChangeResult.Ok();
        }, ct);
    }

    /// <summary>The people who may be assigned to a stage.</summary>
    public async Task<IReadOnlyList<Assignee>> AssigneesAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UsersHolding(PermissionCodes.WorkflowAdvance).AsNoTracking()
            .OrderBy(u => u.FullName)
            .Select(u => new Assignee(u.Id, u.FullName))
            .ToListAsync(ct);
    }

    /// <summary>The stages before quality control that a failed QC can send the case back to.</summary>
    public async Task<IReadOnlyList<ReturnTarget>> ReturnTargetsAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stages = await db.WorkflowStages.AsNoTracking()
            .Where(s => s.Case!.CaseNumber == caseNumber)
            .Select(s => new ReturnTarget(s.Stage, s.Position))
            .Distinct()
            .ToListAsync(ct);
        var qc = stages.Where(s => s.Stage == WorkflowStageName.QualityControl).Select(s => (int?)s.Position).FirstOrDefault();
        return qc is null ? [] : stages.Where(s => s.Position < qc).OrderBy(s => s.Position).ToList();
    }

    private async Task<bool> CanBeAssignedAsync(Guid userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UsersHolding(PermissionCodes.WorkflowAdvance).AnyAsync(u => u.Id == userId, ct);
    }

    private async Task DemandHoldAsync(CancellationToken ct)
    {
        if (!await currentUser.HasPermissionAsync(PermissionCodes.CasesEdit, ct))
        {
            await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        }
    }

    private static ChangeResult Refusal(string? refusal) => refusal is null ? ChangeResult.Ok() : ChangeResult.Fail("", refusal);

    private static ChangeResult? CheckReason(string? reason, string missing = "Give a reason.") =>
        string.IsNullOrWhiteSpace(reason) ? ChangeResult.Fail("", missing)
        : reason.Trim().Length > ReasonMaxLength ? ChangeResult.Fail("", $"Keep the reason under {ReasonMaxLength} characters.")
        : null;

    private static ChangeResult Complete(Transition t)
    {
        var refusal = t.Case.CompleteStage(t.Current, t.Actor, t.Now, out var started);
        t.Started = started;
        return Refusal(refusal);
    }

    private static ChangeResult FailQc(Transition t, WorkflowStageName backTo, string reason)
    {
        var refusal = t.Case.FailQualityControl(t.Current, backTo, reason, t.Actor, t.Now, out var started);
        t.Started = started;
        return Refusal(refusal);
    }

    private async Task<ChangeResult> TransitionAsync(
        string caseNumber, Guid? expectedStageId, Func<Transition, ChangeResult> change, CancellationToken ct, bool needsCurrentStage = true,
        Func<LabDbContext, Transition, Task<ChangeResult>>? beforeSave = null)
    {
        var actor = currentUser.UserId ?? throw new ForbiddenException(PermissionCodes.WorkflowAdvance);
        caseNumber = caseNumber.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.Include(c => c.Stages).Include(c => c.Dentist)
            .SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return ChangeResult.Fail("", $"There is no case {caseNumber}.");
        }

        if (@case.Status == CaseStatus.Cancelled)
        {
            return ChangeResult.Fail("", $"{caseNumber} is cancelled: its stages cannot change.");
        }

        var current = @case.CurrentStageRow();
        if (current is null && needsCurrentStage)
        {
            return @case.Status == CaseStatus.Delivered
                ? ChangeResult.Conflicted($"{caseNumber} has been delivered: its workflow is finished.")
                : ChangeResult.Fail("", $"{caseNumber} has no open stage.");
        }

        if (expectedStageId is { } expected && current?.Id != expected)
        {
            return ChangeResult.Conflicted($"{caseNumber} has already moved on: it is now at {(current is null ? "no stage" : Labels.Label(current.Stage))}.");
        }

        var statusBefore = @case.Status;
        var transition = new Transition(@case, current, [.. @case.Stages], actor, clock.GetUtcNow());
        var result = change(transition);
        if (!result.Succeeded)
        {
            return result;
        }

        if (transition.Record is { } record)
        {
            db.QcRecords.Add(record);
        }

        if (beforeSave is not null && await beforeSave(db, transition) is { Succeeded: false } refused)
        {
            return refused;
        }

        // Touch the case even when only stage rows change, so its xmin guards every transition.
        db.Entry(@case).Property(c => c.UpdatedAt).IsModified = true;
        var completed = db.ChangeTracker.Entries<WorkflowStage>()
            .Where(e => e.State == EntityState.Modified && e.Property(s => s.Status).IsModified && e.Entity.Status == WorkflowStatus.Completed)
            .Select(e => e.Entity.Stage).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted($"Someone else changed {caseNumber} at the same moment and their change was saved first. Look again before moving it.");
        }

        foreach (var stage in completed)
        {
            LabMetrics.StagesCompleted.Add(1, new KeyValuePair<string, object?>("stage", Labels.Label(stage)));
        }

        await bus.PublishAsync(new LiveEvent(LiveEvent.Board, LiveKinds.CaseUpdated, caseNumber, actor), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(caseNumber), LiveKinds.CaseUpdated, caseNumber, actor), ct);
        await NotifyAsync(transition, statusBefore, ct);
        return result;
    }

    private async Task NotifyAsync(Transition t, CaseStatus statusBefore, CancellationToken ct)
    {
        var link = "/cases/" + t.Case.CaseNumber;
        var data = new { caseNumber = t.Case.CaseNumber, stage = t.Case.CurrentStage?.ToString() };
        if (t.Started is { AssignedToId: { } tech } started && tech != t.Actor)
        {
            var stage = Labels.Label(started.Stage);
            await notifications.NotifyAsync(tech, NotificationType.Assignment, $"{t.Case.CaseNumber} is ready for {stage.ToLowerInvariant()}",
                $"{stage} of {t.Case.CaseNumber} ({Labels.Label(t.Case.ProcedureType)}) has started; it is due {t.Case.DueDate:yyyy-MM-dd}.", link, data, ct);
        }

        if (t.Assigned is { AssignedToId: { } assignee } assigned && assignee != t.Actor)
        {
            var stage = Labels.Label(assigned.Stage);
            await notifications.NotifyAsync(assignee, NotificationType.Assignment, $"You are assigned to {stage.ToLowerInvariant()} of {t.Case.CaseNumber}",
                $"{Labels.Label(t.Case.ProcedureType)}, due {t.Case.DueDate:yyyy-MM-dd}.", link, data, ct);
        }

        if (t.Case.Status != statusBefore && t.Case.Dentist?.UserId is { } dentistUser)
        {
            var text = $"{t.Case.CaseNumber} is now {Labels.Phrase(t.Case.Status)}";
            // Dentists read their cases in the portal.
            await notifications.NotifyAsync(dentistUser, NotificationType.CaseUpdate, text, text + ".", "/portal/cases/" + t.Case.CaseNumber, data, ct);
        }
    }

    private sealed class Transition(Case @case, WorkflowStage? current, List<WorkflowStage> stages, Guid actor, DateTimeOffset now)
    {
        public Case Case { get; } = @case;

        /// <summary>The stage the case is at (only a cancel runs without one).</summary>
        public WorkflowStage Current => current ?? throw new InvalidOperationException("The case has no current stage.");

        public IReadOnlyList<WorkflowStage> Stages { get; } = stages;

        public Guid Actor { get; } = actor;

        public DateTimeOffset Now { get; } = now;

        /// <summary>The stage row this transition started (its technician is told).</summary>
        public WorkflowStage? Started { get; set; }

        /// <summary>The stage row someone was just assigned to.</summary>
        public WorkflowStage? Assigned { get; set; }

        /// <summary>The QC record of the attempt a pass or fail closed (saved with the transition).</summary>
        public QcRecord? Record { get; set; }
    }
}
