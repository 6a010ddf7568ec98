using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Workflow;

/// <summary>
/// Reads the board: per column the total and the first cards by due date, filtered in the database (the partial
/// index ix_cases_board holds only active cases in column order), then the shown cards' open stage rows in one
/// query. <c>benchmark board</c> measures it with 2,000+ active cases.
/// </summary>
public sealed class BoardService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings, TimeProvider clock, BoardReads reads)
{
    public const int PageSize = 50;

    /// <param name="filter">The filters.</param>
    /// <param name="limits">How many cards each column shows (default <see cref="PageSize"/>).</param>
    /// <param name="changedAt">
    /// The moment the board must reflect (a live event's <see cref="Infrastructure.Live.LiveEvent.DeliveredAt"/>); by
    /// default now. Boards of the same filter asking alike share one read (<see cref="BoardReads"/>).
    /// </param>
    /// <param name="ct">Cancellation (of this caller's wait; a shared read runs on for the others).</param>
    public async Task<BoardData> LoadAsync(BoardFilter filter, IReadOnlyDictionary<WorkflowStageName, int>? limits = null, long? changedAt = null, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        // The caller's limits may change while a shared read runs (the page's "show more"): the read takes a copy.
        var copy = limits?.ToDictionary();
        var shown = copy is null ? "" : string.Join(",", copy.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"));
        var key = $"{filter}|{shown}|{(filter.Mine ? me : Guid.Empty)}";
        return await reads.ReadAsync(key, changedAt ?? System.Diagnostics.Stopwatch.GetTimestamp(), () => ReadAsync(filter, copy, me)).WaitAsync(ct);
    }

    /// <summary>The board itself: singletons only (the factory, the settings, the clock), as a shared read outlives its first caller.</summary>
    private async Task<BoardData> ReadAsync(BoardFilter filter, IReadOnlyDictionary<WorkflowStageName, int>? limits, Guid me)
    {
        var ct = CancellationToken.None;
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        WorkflowStageName? departmentStage = null;
        if (filter.DepartmentId is { } departmentId)
        {
            departmentStage = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Stage).FirstOrDefaultAsync(ct);
        }

        // The column totals on a connection of their own, beside the cards: each read is mostly its round trip here.
        async Task<Dictionary<WorkflowStageName, int>> TotalsAsync()
        {
            await using var counting = await dbFactory.CreateDbContextAsync(ct);
            return await Filter(counting, filter, me, today, departmentStage)
                .GroupBy(c => c.CurrentStage!.Value).Select(g => new { Stage = g.Key, Count = g.Count() })
                .ToDictionaryAsync(t => t.Stage, t => t.Count, ct);
        }

        var totals = TotalsAsync();
        var cases = Filter(db, filter, me, today, departmentStage);
        var stages = Enum.GetValues<WorkflowStageName>();
        var rows = new List<CardRow>();
        // One query per distinct column length (one on a board nobody has asked "show more" of).
        foreach (var length in stages.GroupBy(stage => limits?.GetValueOrDefault(stage, PageSize) ?? PageSize))
        {
            rows.AddRange(await CardRowsAsync(db, cases, [.. length], length.Key, ct));
        }

        var open = await OpenStagesAsync(db, [.. rows.Select(r => r.Id)], ct);
        var counts = await totals;
        var byStage = rows.ToLookup(r => r.Stage);
        var columns = stages
            .Select(stage => new BoardColumn(stage, counts.GetValueOrDefault(stage), byStage[stage].Select(r => r.ToCard(open.GetValueOrDefault(r.Id))).ToList()))
            .ToList();
        return new BoardData(columns, today, clock.GetUtcNow());
    }

    /// <summary>Dentists with cases on the board, for the filter.</summary>
    public async Task<IReadOnlyList<BoardOption>> DentistsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DentistProfiles.AsNoTracking()
            .Where(d => d.Cases.AsQueryable().Any(Case.InLab))
            .OrderBy(d => d.PracticeName)
            .Select(d => new BoardOption(d.Id, d.PracticeName + " (" + d.DentistName + ")"))
            .ToListAsync(ct);
    }

    /// <summary>Departments that run a production stage, for the filter.</summary>
    public async Task<IReadOnlyList<BoardOption>> DepartmentsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Departments.AsNoTracking()
            .Where(d => d.Stage != null && d.IsActive)
            .OrderBy(d => d.Stage)
            .Select(d => new BoardOption(d.Id, d.Name))
            .ToListAsync(ct);
    }

    private static IQueryable<Case> Filter(LabDbContext db, BoardFilter filter, Guid me, DateOnly today, WorkflowStageName? departmentStage)
    {
        var cases = db.Cases.AsNoTracking().Where(Case.InLab).Where(c => c.CurrentStage != null);
        if (filter.Mine)
        {
            cases = cases.Where(c => c.Stages.Any(s => s.AssignedToId == me && WorkflowStage.CurrentStatuses.Contains(s.Status)));
        }

        if (filter.DepartmentId is not null)
        {
            cases = cases.Where(c => c.CurrentStage == departmentStage);
        }

        if (filter.Urgency is { } urgency)
        {
            cases = cases.Where(c => c.Urgency == urgency);
        }

        if (filter.DentistId is { } dentist)
        {
            cases = cases.Where(c => c.DentistId == dentist);
        }

        return filter.Due switch
        {
            DueWindow.Overdue => cases.Where(c => c.DueDate < today),
            DueWindow.Today => cases.Where(c => c.DueDate == today),
            DueWindow.NextThreeDays => cases.Where(c => c.DueDate <= today.AddDays(3)),
            DueWindow.NextSevenDays => cases.Where(c => c.DueDate <= today.AddDays(7)),
            _ => cases,
        };
    }

    /// <summary>
    /// The first <paramref name="take"/> cases of each of <paramref name="stages"/>' columns by due date, in one query:
    /// a LATERAL scan per column of the index on (current stage, due date, urgency, case number), where a query per
    /// column was seven round trips and seven LINQ translations per board read (<c>benchmark all --only board</c>).
    /// The open stage rows are read once for all columns.
    /// </summary>
    private static Task<List<CardRow>> CardRowsAsync(LabDbContext db, IQueryable<Case> cases, WorkflowStageName[] stages, int take, CancellationToken ct) =>
        db.Database.SqlQuery<WorkflowStageName>($"SELECT unnest({stages}) AS \"Value\"")
            .SelectMany(stage => cases
                .Where(c => c.CurrentStage == stage)
                .OrderBy(c => c.DueDate).ThenByDescending(c => c.Urgency).ThenBy(c => c.CaseNumber)
                .Take(take))
            .OrderBy(c => c.CurrentStage).ThenBy(c => c.DueDate).ThenByDescending(c => c.Urgency).ThenBy(c => c.CaseNumber)
            .Select(c => new CardRow(
                c.Id,
                c.CaseNumber,
                c.Dentist!.PracticeName,
                c.ProcedureType,
                c.Teeth,
                c.BridgeSpans,
                c.DueDate,
                c.Urgency,
                c.CurrentStage!.Value,
                c.Stages
                    .Where(s => s.Status == WorkflowStatus.Pending)
                    .OrderBy(s => s.Position).ThenByDescending(s => s.Attempt)
                    .Select(s => (WorkflowStageName?)s.Stage)
                    .FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>
    /// The current (open) stage row of each shown case, in one query by case id. Done inside the cards query, EF
    /// numbers every open stage row of the lab (ROW_NUMBER over all of them) once per card: 65 ms of database time
    /// per column at 2,300 active cases, against under 1 ms this way (<c>benchmark board --explain</c>).
    /// </summary>
    private static async Task<Dictionary<Guid, OpenStage>> OpenStagesAsync(LabDbContext db, Guid[] caseIds, CancellationToken ct)
    {
        if (caseIds.Length == 0)
        {
            return [];
        }

        var rows = await db.WorkflowStages.AsNoTracking()
            .Where(s => caseIds.Contains(s.CaseId) && WorkflowStage.CurrentStatuses.Contains(s.Status))
            .Select(s => new OpenStage(
                s.CaseId,
                s.Id,
                s.Status,
                s.StartedAt,
                s.AssignedToId,
                s.AssignedTo!.FullName,
                s.Status == WorkflowStatus.Blocked ? s.BlockReason : s.Status == WorkflowStatus.OnHold ? s.HoldReason : null,
                s.Attempt,
                s.Position))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CaseId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Position).ThenByDescending(r => r.Attempt).First());
    }

    private sealed record CardRow(
        Guid Id, string CaseNumber, string Practice, ProcedureType Procedure, short[] Teeth, string? BridgeSpans, DateOnly DueDate,
        UrgencyLevel Urgency, WorkflowStageName Stage, WorkflowStageName? Next)
    {
        public BoardCard ToCard(OpenStage? current) => new(
            Id, CaseNumber, Practice, Procedure, Teeth, BridgeSpans, DueDate, Urgency, Stage,
            current?.Id, current?.Status, current?.StartedAt, current?.AssignedToId, current?.AssignedTo, current?.Reason,
            current?.Attempt ?? 1, Next);
    }

    private sealed record OpenStage(
        Guid CaseId, Guid Id, WorkflowStatus Status, DateTimeOffset? StartedAt, Guid? AssignedToId, string? AssignedTo, string? Reason,
        int Attempt, int Position);
}
