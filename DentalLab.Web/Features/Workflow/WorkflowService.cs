using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Workflow;

/// <summary>
/// The one place where workflow stages change: complete (and QC pass), QC fail back to an earlier stage as a new
/// attempt, block, hold, resume, assign. Each change loads the case with its stages, applies the rule, and saves
/// with the case's xmin as the concurrency token (the case row is always touched, so two people moving the same
/// card at once cannot both win). After the commit it publishes on the live bus and notifies the people concerned.
/// </summary>
public sealed class WorkflowService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    PermissionRegistry permissions,
    NotificationService notifications,
    LiveEventBus bus,
    TimeProvider clock)
{
    public const int ReasonMaxLength = 500;

    private static readonly WorkflowStatus[] OpenStatuses = [WorkflowStatus.InProgress, WorkflowStatus.Blocked, WorkflowStatus.OnHold];

    /// <summary>Completes the case's current stage and starts the next. <paramref name="expectedStageId"/> is the stage row the caller saw as current.</summary>
    public async Task<WorkflowResult> CompleteStageAsync(string caseNumber, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        return await TransitionAsync(caseNumber, expectedStageId, Complete, ct);
    }

    /// <summary>Quality control passed: completes the QC stage (only when the case is at quality control).</summary>
    public async Task<WorkflowResult> QcPassAsync(string caseNumber, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        return await TransitionAsync(caseNumber, expectedStageId, t =>
            t.Current.Stage == WorkflowStageName.QualityControl ? Complete(t) : WorkflowResult.Fail($"{t.Case.CaseNumber} is not at quality control."), ct);
    }

    /// <summary>
    /// Quality control failed: the QC attempt is closed as failed with the reason, and new attempts are created from
    /// <paramref name="backTo"/> through quality control; the first of them starts now. Nothing is overwritten.
    /// </summary>
    public async Task<WorkflowResult> QcFailAsync(string caseNumber, WorkflowStageName backTo, string reason, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        if (CheckReason(reason) is { } bad)
        {
            return bad;
        }

        return await TransitionAsync(caseNumber, expectedStageId, t => FailQc(t, backTo, reason.Trim()), ct);
    }

    /// <summary>
    /// The driver handed the case over (logistics.drive): completes its delivery stage by the same rule as
    /// <see cref="CompleteStageAsync"/>, only when delivery is the current stage.
    /// </summary>
    public async Task<WorkflowResult> CompleteDeliveryAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsDrive, ct);
        return await TransitionAsync(caseNumber, null, t =>
            t.Current.Stage == WorkflowStageName.Delivery ? Complete(t) : WorkflowResult.Fail($"{t.Case.CaseNumber} is not at delivery."), ct);
    }

    public async Task<WorkflowResult> BlockAsync(string caseNumber, string reason, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        if (CheckReason(reason) is { } bad)
        {
            return bad;
        }

        return await TransitionAsync(caseNumber, expectedStageId, t =>
        {
            if (t.Current.Status != WorkflowStatus.InProgress)
            {
                return NotInProgress(t);
            }

            t.Current.Status = WorkflowStatus.Blocked;
            t.Current.BlockReason = reason.Trim();
            return WorkflowResult.Ok();
        }, ct);
    }

    /// <summary>Puts the current stage, and with it the case, on hold.</summary>
    public async Task<WorkflowResult> HoldAsync(string caseNumber, string reason, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        if (CheckReason(reason) is { } bad)
        {
            return bad;
        }

        return await TransitionAsync(caseNumber, expectedStageId, t =>
        {
            if (t.Current.Status == WorkflowStatus.OnHold)
            {
                return WorkflowResult.Fail($"{t.Case.CaseNumber} is already on hold.");
            }

            t.Current.Status = WorkflowStatus.OnHold;
            t.Current.HoldReason = reason.Trim();
            t.Case.Status = CaseStatus.OnHold;
            t.Case.HoldReason = reason.Trim();
            return WorkflowResult.Ok();
        }, ct);
    }

    /// <summary>Resumes a blocked or on-hold stage (and the case, when it was on hold).</summary>
    public async Task<WorkflowResult> ResumeAsync(string caseNumber, Guid? expectedStageId = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAdvance, ct);
        return await TransitionAsync(caseNumber, expectedStageId, t =>
        {
            if (t.Current.Status == WorkflowStatus.InProgress)
            {
                return WorkflowResult.Fail($"{t.Case.CaseNumber} is not blocked or on hold.");
            }

            t.Current.Status = WorkflowStatus.InProgress;
            if (t.Case.Status == CaseStatus.OnHold)
            {
                t.Case.Status = Case.StatusForStage(t.Current.Stage);
                t.Case.HoldReason = null;
            }

            return WorkflowResult.Ok();
        }, ct);
    }

    /// <summary>
    /// Assigns a technician (an active user who holds workflow.advance) to the open row of <paramref name="stage"/>:
    /// the current stage or one still to come. A null <paramref name="userId"/> removes the assignment.
    /// </summary>
    public async Task<WorkflowResult> AssignAsync(string caseNumber, WorkflowStageName stage, Guid? userId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowAssign, ct);
        if (userId is { } id && !await CanBeAssignedAsync(id, ct))
        {
            return WorkflowResult.Fail("Only active users who can advance stages can be assigned.");
        }

        return await TransitionAsync(caseNumber, null, t =>
        {
            var row = t.Stages.Where(s => s.Stage == stage && (s.Status == WorkflowStatus.Pending || OpenStatuses.Contains(s.Status)))
                .OrderByDescending(s => s.Attempt).FirstOrDefault();
            if (row is null)
            {
                return WorkflowResult.Fail($"{t.Case.CaseNumber} has no open {Labels.Label(stage).ToLowerInvariant()} stage.");
            }

            if (row.AssignedToId == userId)
            {
                return WorkflowResult.Ok();
            }

            row.AssignedToId = userId;
            t.Assigned = userId is null ? null : row;
            return WorkflowResult.Ok();
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
        return await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct)
            && (await permissions.GetPermissionsAsync(userId, ct)).Contains(PermissionCodes.WorkflowAdvance);
    }

    private static WorkflowResult? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? WorkflowResult.Fail("Give a reason.")
        : reason.Trim().Length > ReasonMaxLength ? WorkflowResult.Fail($"Keep the reason under {ReasonMaxLength} characters.")
        : null;

    private static WorkflowResult NotInProgress(Transition t) => t.Current.Status switch
    {
        WorkflowStatus.Blocked => WorkflowResult.Fail($"{t.Case.CaseNumber} is blocked ({t.Current.BlockReason}): resume it first."),
        WorkflowStatus.OnHold => WorkflowResult.Fail($"{t.Case.CaseNumber} is on hold ({t.Current.HoldReason}): resume it first."),
        _ => WorkflowResult.Fail($"{t.Case.CaseNumber} is not in progress."),
    };

    private static WorkflowResult Complete(Transition t)
    {
        if (t.Current.Status != WorkflowStatus.InProgress)
        {
            return NotInProgress(t);
        }

        t.Current.Status = WorkflowStatus.Completed;
        t.Current.CompletedAt = t.Now;
        t.Current.CompletedById = t.Actor;
        t.Current.AssignedToId ??= t.Actor;
        var next = t.Stages.Where(s => s.Status == WorkflowStatus.Pending && s.Position > t.Current.Position)
            .OrderBy(s => s.Position).ThenByDescending(s => s.Attempt).FirstOrDefault();
        if (next is null)
        {
            t.Case.Status = Case.StatusForStage(t.Current.Stage, stageCompleted: true);
            if (t.Case.Status == CaseStatus.Delivered)
            {
                t.Case.DeliveredAt = t.Now;
            }

            return WorkflowResult.Ok();
        }

        Start(t, next);
        return WorkflowResult.Ok();
    }

    private static WorkflowResult FailQc(Transition t, WorkflowStageName backTo, string reason)
    {
        if (t.Current.Stage != WorkflowStageName.QualityControl)
        {
            return WorkflowResult.Fail($"{t.Case.CaseNumber} is not at quality control.");
        }

        if (t.Current.Status != WorkflowStatus.InProgress)
        {
            return NotInProgress(t);
        }

        var latest = t.Stages.GroupBy(s => s.Stage).Select(g => g.OrderByDescending(s => s.Attempt).First()).ToList();
        var target = latest.FirstOrDefault(s => s.Stage == backTo && s.Position < t.Current.Position);
        if (target is null)
        {
            return WorkflowResult.Fail($"Choose a stage of {t.Case.CaseNumber} before quality control.");
        }

        t.Current.Status = WorkflowStatus.Failed;
        t.Current.QcFailedReason = reason;
        t.Current.CompletedAt = t.Now;
        t.Current.CompletedById = t.Actor;
        WorkflowStage? first = null;
        foreach (var previous in latest.Where(s => s.Position >= target.Position && s.Position <= t.Current.Position).OrderBy(s => s.Position))
        {
            var rework = new WorkflowStage
            {
                CaseId = t.Case.Id,
                Stage = previous.Stage,
                Position = previous.Position,
                Attempt = previous.Attempt + 1,
                ExpectedHours = previous.ExpectedHours,
                AssignedToId = previous.AssignedToId,
                Status = WorkflowStatus.Pending,
            };
            t.Case.Stages.Add(rework);
            first ??= rework;
        }

        Start(t, first!);
        return WorkflowResult.Ok();
    }

    private static void Start(Transition t, WorkflowStage next)
    {
        next.Status = WorkflowStatus.InProgress;
        next.StartedAt = t.Now;
        t.Case.CurrentStage = next.Stage;
        t.Case.Status = Case.StatusForStage(next.Stage);
        t.Started = next;
    }

    private async Task<WorkflowResult> TransitionAsync(string caseNumber, Guid? expectedStageId, Func<Transition, WorkflowResult> change, CancellationToken ct)
    {
        var actor = currentUser.UserId ?? throw new ForbiddenException(PermissionCodes.WorkflowAdvance);
        caseNumber = caseNumber.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.Include(c => c.Stages).Include(c => c.Dentist)
            .SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return WorkflowResult.Fail($"There is no case {caseNumber}.");
        }

        if (@case.Status == CaseStatus.Cancelled)
        {
            return WorkflowResult.Fail($"{caseNumber} is cancelled: its stages cannot change.");
        }

        var current = @case.Stages.Where(s => OpenStatuses.Contains(s.Status)).OrderBy(s => s.Position).ThenByDescending(s => s.Attempt).FirstOrDefault();
        if (current is null)
        {
            return @case.Status == CaseStatus.Delivered
                ? WorkflowResult.Clash($"{caseNumber} has been delivered: its workflow is finished.")
                : WorkflowResult.Fail($"{caseNumber} has no open stage.");
        }

        if (expectedStageId is { } expected && current.Id != expected)
        {
            return WorkflowResult.Clash($"{caseNumber} has already moved on: it is now at {Labels.Label(current.Stage)}.");
        }

        var statusBefore = @case.Status;
        var transition = new Transition(@case, current, [.. @case.Stages], actor, clock.GetUtcNow());
        var result = change(transition);
        if (!result.Succeeded)
        {
            return result;
        }

        // Touch the case even when only stage rows change, so its xmin guards every transition.
        db.Entry(@case).Property(c => c.UpdatedAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Clash($"Someone else changed {caseNumber} at the same moment and their change was saved first. Look again before moving it.");
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

    private sealed class Transition(Case @case, WorkflowStage current, List<WorkflowStage> stages, Guid actor, DateTimeOffset now)
    {
        public Case Case { get; } = @case;

        public WorkflowStage Current { get; } = current;

        public IReadOnlyList<WorkflowStage> Stages { get; } = stages;

        public Guid Actor { get; } = actor;

        public DateTimeOffset Now { get; } = now;

        /// <summary>The stage row this transition started (its technician is told).</summary>
        public WorkflowStage? Started { get; set; }

        /// <summary>The stage row someone was just assigned to.</summary>
        public WorkflowStage? Assigned { get; set; }
    }
}
