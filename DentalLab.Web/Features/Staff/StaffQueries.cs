using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Staff;

/// <summary>
/// Reads of the staff module: the list (names for staff.view, rates only for staff.manage), a profile (a person
/// always sees their own, with their own reviews; others' reviews need staff.reviews), the roster and the scorecard.
/// Dentists hold none of these permissions: every read answers "not found" (null) or refuses.
/// </summary>
public sealed class StaffQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings, TimeProvider clock)
{
    public async Task<StaffPage> ListAsync(StaffQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffView, ct);
        var rates = await currentUser.HasPermissionAsync(PermissionCodes.StaffManage, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profiles = Filter(db, query);
        var total = await profiles.CountAsync(ct);
        var rows = await Project(profiles.OrderBy(p => p.User!.FullName).ThenBy(p => p.EmployeeNumber).Skip(query.Page * query.PageSize).Take(query.PageSize), today, rates)
            .ToListAsync(ct);
        return new StaffPage(rows.Select(r => r.ToRow()).ToList(), total, rates);
    }

    /// <summary>The filtered list for the CSV export (the hourly rate column is empty without staff.manage).</summary>
    public async IAsyncEnumerable<StaffRow> ExportAsync(StaffQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffView, ct);
        var rates = await currentUser.HasPermissionAsync(PermissionCodes.StaffManage, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(Filter(db, query).OrderBy(p => p.User!.FullName).ThenBy(p => p.EmployeeNumber), today, rates).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRow();
        }
    }

    public static readonly IReadOnlyList<CsvColumn<StaffRow>> CsvColumns =
    [
        new("Employee number", r => r.EmployeeNumber),
        new("Name", r => r.Name),
        new("Email", r => r.Email),
        new("Department", r => r.Department ?? ""),
        new("Job title", r => r.JobTitle),
        new("Employment", r => StaffLabels.Employment(r.Employment)),
        new("Hired on", r => CsvWriter.Date(r.HiredOn)),
        new("Skills", r => string.Join("; ", r.Skills.Select(StaffLabels.Skill))),
        new("Works today", r => r.ShiftToday ?? ""),
        new("Hourly rate", r => r.HourlyRate is { } rate ? CsvWriter.Money(rate) : ""),
    ];

    public async Task<StaffFilterOptions> FilterOptionsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await DepartmentOptions(db).ToListAsync(ct);
        var titles = await db.StaffProfiles.AsNoTracking().Select(p => p.JobTitle).Distinct().OrderBy(t => t).ToListAsync(ct);
        var skills = await db.Database
            .SqlQuery<string>($"SELECT DISTINCT jsonb_array_elements_text(skills) AS \"Value\" FROM staff_profiles WHERE deleted_at IS NULL ORDER BY 1")
            .ToListAsync(ct);
        return new StaffFilterOptions(departments, titles, skills);
    }

    public async Task<IReadOnlyList<Option>> DepartmentsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DepartmentOptions(db).ToListAsync(ct);
    }

    /// <summary>Active lab users (not dentists) who have no staff profile yet, for "New staff profile".</summary>
    public async Task<IReadOnlyList<Option>> UsersWithoutProfileAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && !u.RoleLinks.Any(l => l.Role!.Code == UserRole.Dentist)
                && !db.StaffProfiles.Any(p => p.UserId == u.Id))
            .OrderBy(u => u.FullName)
            .Select(u => new Option(u.Id, u.FullName + " (" + u.Email + ")"))
            .ToListAsync(ct);
    }

    /// <summary>The next free EMP-nnnn number, as a suggestion.</summary>
    public async Task<string> NextEmployeeNumberAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var numbers = await db.StaffProfiles.IgnoreQueryFilters().AsNoTracking().Where(p => p.EmployeeNumber.StartsWith("EMP-")).Select(p => p.EmployeeNumber).ToListAsync(ct);
        var max = numbers.Select(n => int.TryParse(n[4..], out var i) ? i : 0).DefaultIfEmpty(0).Max();
        return $"EMP-{max + 1:0000}";
    }

    /// <summary>A profile, or null when it does not exist or the user may not see it (staff.view, or their own).</summary>
    public async Task<StaffDetail?> DetailAsync(string employeeNumber, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me)
        {
            return null;
        }

        var canView = await currentUser.HasPermissionAsync(PermissionCodes.StaffView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.StaffProfiles.AsNoTracking()
            .Where(p => p.EmployeeNumber == employeeNumber)
            .Select(p => new
            {
                p.Id, p.UserId, p.EmployeeNumber, p.User!.FullName, p.User.Email, p.User.PhoneNumber, p.User.IsActive, p.DepartmentId,
                Department = p.Department!.Name, DepartmentCode = p.Department.Code, p.JobTitle, p.EmploymentType, p.HiredOn, p.HourlyRate,
                p.Skills, p.Certifications, p.EmergencyContact,
            })
            .SingleOrDefaultAsync(ct);
        var self = profile?.UserId == me;
        if (profile is null || (!canView && !self))
        {
            return null;
        }

        var rights = new StaffRights(
            await currentUser.HasPermissionAsync(PermissionCodes.StaffManage, ct),
            await currentUser.HasPermissionAsync(PermissionCodes.SchedulesManage, ct),
            await currentUser.HasPermissionAsync(PermissionCodes.StaffReviews, ct),
            self,
            await currentUser.HasPermissionAsync(PermissionCodes.UsersManage, ct));
        var today = await settings.TodayAsync();
        var schedules = await db.StaffSchedules.AsNoTracking().Where(s => s.StaffId == profile.Id)
            .OrderBy(s => s.EffectiveFrom).ThenBy(s => s.DayOfWeek)
            .Select(s => new ScheduleEntry(s.Id, s.DayOfWeek, s.StartTime, s.EndTime, s.EffectiveFrom, s.EffectiveTo))
            .ToListAsync(ct);
        IReadOnlyList<ReviewView>? reviews = null;
        if (rights.Reviews || self)
        {
            reviews = await db.PerformanceReviews.AsNoTracking().Where(r => r.StaffId == profile.Id)
                .OrderByDescending(r => r.PeriodEnd)
                .Select(r => new ReviewView(r.Id, r.PeriodStart, r.PeriodEnd, r.Rating, r.QualityScore, r.ProductivityScore, r.Strengths,
                    r.Improvements, r.Goals, r.Reviewer!.FullName, r.ReviewedOn))
                .ToListAsync(ct);
        }

        // Absences still to come and those of the last 90 days (older ones stay in the database and the audit log).
        var absences = await db.StaffAbsences.AsNoTracking().Where(a => a.StaffId == profile.Id && a.EndsOn >= today.AddDays(-90))
            .OrderBy(a => a.StartsOn)
            .Select(a => new AbsenceView(a.Id, a.StartsOn, a.EndsOn, a.Kind, a.Note))
            .ToListAsync(ct);
        var current = schedules.Where(s => s.To is null || s.To >= today).ToList();
        var history = schedules.Where(s => s.To is { } to && to < today).OrderByDescending(s => s.From).ToList();
        return new StaffDetail(
            profile.Id, profile.UserId, profile.EmployeeNumber, profile.FullName, profile.Email ?? "", profile.PhoneNumber, profile.IsActive,
            profile.DepartmentId, profile.Department, profile.DepartmentCode, profile.JobTitle, profile.EmploymentType, profile.HiredOn,
            rights.Manage ? profile.HourlyRate : null, StaffJson.Skills(profile.Skills), StaffJson.Certifications(profile.Certifications),
            profile.EmergencyContact, current, history, reviews, await ScorecardAsync(db, profile.UserId, ct), today, rights, absences);
    }

    /// <summary>
    /// The scorecard from workflow_stages. A stage's technician is the one assigned to it, else the one who completed
    /// it. On time: finished within the stage's expected hours (wall-clock, started to completed). A QC failure is
    /// charged to the technician of the stage quality control sent the case back to (the attempt that was redone).
    /// </summary>
    public async Task<Scorecard> ScorecardAsync(Guid userId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ScorecardAsync(db, userId, ct);
    }

    private async Task<Scorecard> ScorecardAsync(LabDbContext db, Guid userId, CancellationToken ct)
    {
        var zone = await settings.TimeZoneAsync();
        var today = await settings.TodayAsync();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var threeMonths = today.AddMonths(-3);
        var monthUtc = Instant(monthStart, zone);
        var sinceUtc = Instant(threeMonths, zone);
        var figures = await db.Database.SqlQuery<ScoreFigures>($"""
            SELECT count(*) FILTER (WHERE ws.completed_at >= {monthUtc})::int AS completed_this_month,
                   count(*)::int AS completed_three_months,
                   count(*) FILTER (WHERE ws.started_at IS NOT NULL)::int AS timed,
                   count(*) FILTER (WHERE ws.started_at IS NOT NULL
                                     AND ws.completed_at - ws.started_at <= ws.expected_hours * interval '1 hour')::int AS on_time,
                   (SELECT count(*)::int FROM workflow_stages f
                      JOIN workflow_stages r ON r.case_id = f.case_id AND r.started_at = f.completed_at AND r.attempt > 1 AND r.id <> f.id
                      JOIN workflow_stages bad ON bad.case_id = r.case_id AND bad.position = r.position AND bad.attempt = r.attempt - 1
                     WHERE f.stage = 'quality_control' AND f.status = 'failed' AND f.completed_at >= {sinceUtc}
                       AND COALESCE(bad.assigned_to_id, bad.completed_by_id) = {userId}) AS qc_failures,
                   (SELECT count(*)::int FROM workflow_stages o JOIN cases c ON c.id = o.case_id
                     WHERE o.assigned_to_id = {userId} AND o.status IN ('in_progress', 'blocked', 'on_hold') AND c.deleted_at IS NULL) AS open_now,
                   (SELECT count(*)::int FROM workflow_stages o JOIN cases c ON c.id = o.case_id
                     WHERE o.assigned_to_id = {userId} AND o.status = 'pending' AND c.deleted_at IS NULL
                       AND c.status NOT IN ('delivered', 'cancelled')) AS queued
            FROM workflow_stages ws
            WHERE ws.status = 'completed' AND ws.completed_at >= {sinceUtc}
              AND COALESCE(ws.assigned_to_id, ws.completed_by_id) = {userId}
            """).SingleAsync(ct);
        return new Scorecard(monthStart, threeMonths, figures.CompletedThisMonth, figures.CompletedThreeMonths, figures.Timed, figures.OnTime,
            figures.QcFailures, figures.OpenNow, figures.Queued);
    }

    /// <summary>The week starting on <paramref name="monday"/>: who works when, by department, and who is off today.</summary>
    public async Task<RosterWeek> RosterAsync(DateOnly? monday, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffView, ct);
        var today = await settings.TodayAsync();
        var start = monday ?? today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var end = start.AddDays(6);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await db.StaffProfiles.AsNoTracking().Where(p => p.User!.IsActive)
            .OrderBy(p => p.Department!.Name).ThenBy(p => p.User!.FullName)
            .Select(p => new { p.Id, p.EmployeeNumber, p.User!.FullName, p.JobTitle, Department = p.Department!.Name })
            .ToListAsync(ct);
        var shifts = await db.StaffSchedules.AsNoTracking()
            .Where(s => s.EffectiveFrom <= end && (s.EffectiveTo == null || s.EffectiveTo >= start) && s.Staff!.DeletedAt == null)
            .Select(s => new { s.StaffId, s.DayOfWeek, s.StartTime, s.EndTime, s.EffectiveFrom, s.EffectiveTo })
            .ToListAsync(ct);
        var away = await db.StaffAbsences.AsNoTracking()
            .Where(a => a.StartsOn <= end && a.EndsOn >= start && a.Staff!.DeletedAt == null)
            .Select(a => new { a.StaffId, a.StartsOn, a.EndsOn, a.Kind, a.Note })
            .ToListAsync(ct);
        string? ShiftsOn(Guid staffId, DateOnly day) => StaffLabels.Shifts(
            shifts.Where(s => s.StaffId == staffId && s.DayOfWeek == day.DayOfWeek && s.EffectiveFrom <= day && (s.EffectiveTo is null || s.EffectiveTo >= day))
                .Select(s => (s.StartTime, s.EndTime)));
        AbsenceKind? AwayOn(Guid staffId, DateOnly day) =>
            away.Where(a => a.StaffId == staffId && a.StartsOn <= day && a.EndsOn >= day).Select(a => (AbsenceKind?)a.Kind).FirstOrDefault();
        var days = Enumerable.Range(0, 7).Select(start.AddDays).ToList();
        var departments = people.GroupBy(p => p.Department ?? "No department")
            .Select(g => new RosterDepartment(g.Key, g.Select(p => new RosterPerson(p.EmployeeNumber, p.FullName, p.JobTitle,
                days.Select(d => ShiftsOn(p.Id, d)).ToList(), days.Select(d => AwayOn(p.Id, d)).ToList())).ToList()))
            .ToList();
        // Today's absences are read for today itself, whichever week is shown.
        var awayToday = await db.StaffAbsences.AsNoTracking()
            .Where(a => a.StartsOn <= today && a.EndsOn >= today && a.Staff!.DeletedAt == null && a.Staff.User!.IsActive)
            .OrderBy(a => a.Staff!.User!.FullName)
            .Select(a => new RosterAbsence(a.Staff!.EmployeeNumber, a.Staff.User!.FullName, a.Kind, a.StartsOn, a.EndsOn, a.Note))
            .ToListAsync(ct);
        var todayShifts = await TodayShiftsAsync(db, today, ct);
        var off = people.Where(p => !todayShifts.ContainsKey(p.Id) && awayToday.All(a => a.EmployeeNumber != p.EmployeeNumber))
            .Select(p => new RosterPerson(p.EmployeeNumber, p.FullName, p.JobTitle, [], [])).ToList();
        return new RosterWeek(start, today, departments, awayToday, off);
    }

    /// <summary>Users on shift at this moment (lab time), unless they are away today: for the board's assign dialog (workflow.view).</summary>
    public async Task<IReadOnlySet<Guid>> OnShiftNowAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowView, ct);
        var zone = await settings.TimeZoneAsync();
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var now = TimeOnly.FromDateTime(local.DateTime);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.StaffSchedules.AsNoTracking()
            .Where(s => s.DayOfWeek == day.DayOfWeek && s.EffectiveFrom <= day && (s.EffectiveTo == null || s.EffectiveTo >= day)
                && s.StartTime <= now && s.EndTime > now && s.Staff!.DeletedAt == null
                && !s.Staff.Absences.Any(a => a.StartsOn <= day && a.EndsOn >= day))
            .Select(s => s.Staff!.UserId)
            .ToListAsync(ct);
        return users.ToHashSet();
    }

    /// <summary>Who works today and when ("07:00–11:00, 13:00–17:00"), by staff id; a person away today is not in it.</summary>
    internal static async Task<Dictionary<Guid, string>> TodayShiftsAsync(LabDbContext db, DateOnly today, CancellationToken ct)
    {
        var rows = await db.StaffSchedules.AsNoTracking()
            .Where(s => s.DayOfWeek == today.DayOfWeek && s.EffectiveFrom <= today && (s.EffectiveTo == null || s.EffectiveTo >= today)
                && !s.Staff!.Absences.Any(a => a.StartsOn <= today && a.EndsOn >= today))
            .Select(s => new { s.StaffId, s.StartTime, s.EndTime })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.StaffId).ToDictionary(g => g.Key, g => StaffLabels.Shifts(g.Select(r => (r.StartTime, r.EndTime)))!);
    }

    internal static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static IQueryable<Option> DepartmentOptions(LabDbContext db) =>
        db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new Option(d.Id, d.Name));

    private static IQueryable<StaffProfile> Filter(LabDbContext db, StaffQuery query)
    {
        var profiles = db.StaffProfiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = TextInput.ContainsPattern(query.Search);
            profiles = profiles.Where(p => EF.Functions.ILike(p.User!.FullName, pattern) || EF.Functions.ILike(p.User.Email!, pattern)
                || EF.Functions.ILike(p.EmployeeNumber, pattern) || EF.Functions.ILike(p.JobTitle, pattern));
        }

        if (query.DepartmentId is { } department)
        {
            profiles = profiles.Where(p => p.DepartmentId == department);
        }

        if (!string.IsNullOrWhiteSpace(query.JobTitle))
        {
            profiles = profiles.Where(p => p.JobTitle == query.JobTitle);
        }

        if (query.Employment is { } employment)
        {
            profiles = profiles.Where(p => p.EmploymentType == employment);
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            var json = StaffJson.SkillsJson([query.Skill.Trim()]);
            profiles = profiles.Where(p => EF.Functions.JsonContains(p.Skills, json));
        }

        return profiles;
    }

    private static IQueryable<ListRow> Project(IQueryable<StaffProfile> profiles, DateOnly today, bool rates) =>
        profiles.Select(p => new ListRow(
            p.EmployeeNumber, p.User!.FullName, p.User.Email!, p.Department!.Name, p.JobTitle, p.EmploymentType, p.HiredOn, p.Skills,
            p.Schedules.Where(s => s.DayOfWeek == today.DayOfWeek && s.EffectiveFrom <= today && (s.EffectiveTo == null || s.EffectiveTo >= today)
                    && !p.Absences.Any(a => a.StartsOn <= today && a.EndsOn >= today))
                .Select(s => new TodayShift(s.StartTime, s.EndTime)).ToList(),
            rates ? p.HourlyRate : null));

    private sealed record TodayShift(TimeOnly Start, TimeOnly End);

    private sealed record ListRow(
        string EmployeeNumber, string Name, string Email, string? Department, string JobTitle, EmploymentType Employment, DateOnly HiredOn,
        string Skills, List<TodayShift> Today, decimal? Rate)
    {
        public StaffRow ToRow() => new(EmployeeNumber, Name, Email, Department, JobTitle, Employment, HiredOn, StaffJson.Skills(Skills),
            StaffLabels.Shifts(Today.Select(t => (t.Start, t.End))), Rate);
    }

    /// <summary>Columns in snake_case: the context's naming convention applies to SqlQuery results too.</summary>
    internal sealed record ScoreFigures(int CompletedThisMonth, int CompletedThreeMonths, int Timed, int OnTime, int QcFailures, int OpenNow, int Queued);
}
