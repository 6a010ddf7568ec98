using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Dashboard;

/// <summary>The case list views the dashboard's figures open: each holds exactly the cases its figure counts.</summary>
public static class DashboardLinks
{
    public static string InLab => List(new() { InLabOnly = true });

    public static string Late => List(new() { LateOnly = true });

    public static string OnHold => List(new() { Status = CaseStatus.OnHold });

    public static string DueOn(DateOnly day) => List(new() { InLabOnly = true, DueFrom = day, DueTo = day });

    public static string ReceivedFrom(DateOnly day) => List(new() { ReceivedFrom = day });

    public static string InStage(WorkflowStageName stage) => List(new() { InLabOnly = true, Stage = stage });

    private static string List(CaseListQuery query) => "/cases" + query.ToQueryString();
}

public sealed record StageCount(WorkflowStageName Stage, int Cases);

public sealed record LateCase(string CaseNumber, string Practice, ProcedureType Procedure, DateOnly DueDate, WorkflowStageName? Stage, UrgencyLevel Urgency);

public sealed record DashboardSummary(
    DateOnly Today,
    DateOnly WeekStart,
    int ActiveCases,
    int LateCases,
    int DueToday,
    int OnHold,
    int ReceivedThisWeek,
    IReadOnlyList<StageCount> ByStage,
    IReadOnlyList<LateCase> MostLate);

/// <summary>The figures a lab manager looks at first on a Monday: what is in the lab, what is late, what is due.</summary>
public sealed class DashboardService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    public async Task<DashboardSummary> LoadAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        var today = await settings.TodayAsync();
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        // Monday midnight in the lab's time zone, as the case list's "received from" reads it.
        var weekStartUtc = CaseFormat.StartOf(weekStart, await settings.TimeZoneAsync());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var active = db.Set<Case>().AsNoTracking().Where(Case.InLab);

        var counts = await active
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Active = g.Count(),
                Late = g.Count(c => c.DueDate < today),
                DueToday = g.Count(c => c.DueDate == today),
                OnHold = g.Count(c => c.Status == CaseStatus.OnHold),
            })
            .SingleOrDefaultAsync(ct);
        var received = await db.Set<Case>().CountAsync(c => c.ReceivedAt >= weekStartUtc, ct);
        var byStage = await active
            .Where(c => c.CurrentStage != null)
            .GroupBy(c => c.CurrentStage!.Value)
            .Select(g => new StageCount(g.Key, g.Count()))
            .ToListAsync(ct);
        var late = await active
            .Where(c => c.DueDate < today)
            .OrderBy(c => c.DueDate).ThenBy(c => c.CaseNumber)
            .Take(10)
            .Select(c => new LateCase(c.CaseNumber, c.Dentist!.PracticeName, c.ProcedureType, c.DueDate, c.CurrentStage, c.Urgency))
            .ToListAsync(ct);

        var stages = Enum.GetValues<WorkflowStageName>()
            .Select(s => byStage.FirstOrDefault(b => b.Stage == s) ?? new StageCount(s, 0))
            .ToList();
        return new DashboardSummary(today, weekStart, counts?.Active ?? 0, counts?.Late ?? 0, counts?.DueToday ?? 0, counts?.OnHold ?? 0, received, stages, late);
    }
}
