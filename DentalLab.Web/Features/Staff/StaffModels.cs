using System.Globalization;
using System.Text.Json;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Staff;

/// <summary>The staff list's view (lives in the query string).</summary>
public sealed record StaffQuery(
    string? Search = null, Guid? DepartmentId = null, string? JobTitle = null, EmploymentType? Employment = null, string? Skill = null,
    int Page = 0, int PageSize = 50);

public sealed record StaffRow(
    string EmployeeNumber, string Name, string Email, string? Department, string JobTitle, EmploymentType Employment, DateOnly HiredOn,
    IReadOnlyList<string> Skills, string? ShiftToday, decimal? HourlyRate);

public sealed record StaffPage(IReadOnlyList<StaffRow> Rows, int Total, bool ShowsRates);

public sealed record StaffFilterOptions(IReadOnlyList<Option> Departments, IReadOnlyList<string> JobTitles, IReadOnlyList<string> Skills);

public sealed record Option(Guid Id, string Name);

public sealed record Certification(string Name, string? Issuer, DateOnly? Expires)
{
    public bool IsExpired(DateOnly today) => Expires is { } e && e < today;

    /// <summary>Expiring within 60 days (and not yet expired).</summary>
    public bool IsExpiringSoon(DateOnly today) => Expires is { } e && e >= today && e <= today.AddDays(60);
}

public sealed record ScheduleEntry(Guid Id, DayOfWeek Day, TimeOnly Start, TimeOnly End, DateOnly From, DateOnly? To);

/// <summary>A recorded absence, first to last day inclusive.</summary>
public sealed record AbsenceView(Guid Id, DateOnly From, DateOnly To, AbsenceKind Kind, string? Note)
{
    public bool Covers(DateOnly day) => day >= From && day <= To;
}

/// <summary>The "record an absence" form (schedules.manage).</summary>
public sealed class AbsenceInput
{
    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public AbsenceKind Kind { get; set; } = AbsenceKind.Vacation;

    public string Note { get; set; } = "";
}

public sealed record ReviewView(
    Guid Id, DateOnly PeriodStart, DateOnly PeriodEnd, short Rating, short? Quality, short? Productivity, string? Strengths, string? Improvements,
    string? Goals, string? Reviewer, DateOnly ReviewedOn);

public sealed record Scorecard(
    DateOnly MonthStart, DateOnly ThreeMonthsStart, int CompletedThisMonth, int CompletedThreeMonths, int Timed, int OnTime, int QcFailures,
    int OpenNow, int Queued)
{
    /// <summary>Share of timed stages finished within their expected hours (null when none was timed).</summary>
    public decimal? OnTimeRate => Timed == 0 ? null : Math.Round(100m * OnTime / Timed, 1);
}

public sealed record StaffDetail(
    Guid Id, Guid UserId, string EmployeeNumber, string Name, string Email, string? Phone, bool UserActive, Guid? DepartmentId, string? Department,
    string? DepartmentCode, string JobTitle, EmploymentType Employment, DateOnly HiredOn, decimal? HourlyRate, IReadOnlyList<string> Skills,
    IReadOnlyList<Certification> Certifications, string? EmergencyContact, IReadOnlyList<ScheduleEntry> Schedule, IReadOnlyList<ScheduleEntry> History,
    IReadOnlyList<ReviewView>? Reviews, Scorecard Scorecard, DateOnly Today, StaffRights Rights, IReadOnlyList<AbsenceView> Absences);

/// <summary>What the signed-in user may do on a profile.</summary>
public sealed record StaffRights(bool Manage, bool Schedules, bool Reviews, bool IsSelf, bool DeactivateUsers);

/// <summary>The profile form (create and edit). Skills comma-separated; certifications one a line: name; issuer; yyyy-mm-dd.</summary>
public sealed class StaffInput
{
    public Guid? UserId { get; set; }

    public string EmployeeNumber { get; set; } = "";

    public Guid? DepartmentId { get; set; }

    public string JobTitle { get; set; } = "";

    public EmploymentType Employment { get; set; } = EmploymentType.FullTime;

    public DateTime? HiredOn { get; set; }

    public decimal? HourlyRate { get; set; }

    public string Skills { get; set; } = "";

    public string Certifications { get; set; } = "";

    public string EmergencyContact { get; set; } = "";
}

/// <summary>One weekday line of the schedule form; an empty start and end means "not working that day".</summary>
public sealed class ScheduleDayInput
{
    public DayOfWeek Day { get; set; }

    /// <summary>HH:mm, or empty.</summary>
    public string Start { get; set; } = "";

    public string End { get; set; } = "";
}

public sealed class ScheduleInput
{
    public DateTime? EffectiveFrom { get; set; }

    public DateTime? EffectiveTo { get; set; }

    public List<ScheduleDayInput> Days { get; set; } = [];

    public static string DayField(DayOfWeek day) => "Day." + day;
}

public sealed class ReviewInput
{
    public DateTime? PeriodStart { get; set; }

    public DateTime? PeriodEnd { get; set; }

    public int Rating { get; set; } = 3;

    public int? Quality { get; set; }

    public int? Productivity { get; set; }

    public string Strengths { get; set; } = "";

    public string Improvements { get; set; } = "";

    public string Goals { get; set; } = "";
}

/// <summary>Who works when: a week of shifts per person, by department; who is away today and who has no shift today.</summary>
public sealed record RosterWeek(
    DateOnly Monday, DateOnly Today, IReadOnlyList<RosterDepartment> Departments, IReadOnlyList<RosterAbsence> AwayToday, IReadOnlyList<RosterPerson> OffToday);

public sealed record RosterDepartment(string Name, IReadOnlyList<RosterPerson> People);

/// <summary>A person's week: each day's shifts ("07:00–11:00, 13:00–17:00" or null) and, where they are away, why.</summary>
public sealed record RosterPerson(string EmployeeNumber, string Name, string JobTitle, IReadOnlyList<string?> Shifts, IReadOnlyList<AbsenceKind?> Away);

public sealed record RosterAbsence(string EmployeeNumber, string Name, AbsenceKind Kind, DateOnly From, DateOnly To, string? Note);

/// <summary>Labels of the staff module's values (one place; the lead may move them to Infrastructure/Text).</summary>
public static class StaffLabels
{
    public static string Employment(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "Full time",
        EmploymentType.PartTime => "Part time",
        EmploymentType.Contract => "Contract",
        EmploymentType.Temporary => "Temporary",
        EmploymentType.Intern => "Intern",
        _ => type.ToString(),
    };

    public static string Day(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    public static string Skill(string skill) => skill.Replace('_', ' ');

    public static string Shift(TimeOnly start, TimeOnly end) =>
        start.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + end.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day's shifts in time order, e.g. "07:00–11:00, 13:00–17:00" (a split shift); null when none.</summary>
    public static string? Shifts(IEnumerable<(TimeOnly Start, TimeOnly End)> shifts)
    {
        var text = string.Join(", ", shifts.OrderBy(s => s.Start).Select(s => Shift(s.Start, s.End)));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Monday first, as a lab's week is read.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}

/// <summary>Reads and writes the jsonb skills and certifications.</summary>
public static class StaffJson
{
    public static IReadOnlyList<string> Skills(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Certifications stored as objects {name, issuer, expires} or (older rows) plain names.</summary>
    public static IReadOnlyList<Certification> Certifications(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            var list = new List<Certification>();
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.String)
                {
                    list.Add(new Certification(e.GetString() ?? "", null, null));
                }
                else if (e.ValueKind == JsonValueKind.Object)
                {
                    var name = e.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                    var issuer = e.TryGetProperty("issuer", out var i) ? i.GetString() : null;
                    DateOnly? expires = e.TryGetProperty("expires", out var x) && x.ValueKind == JsonValueKind.String
                        && DateOnly.TryParseExact(x.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                    list.Add(new Certification(name, issuer, expires));
                }
            }

            return list;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string SkillsJson(IEnumerable<string> skills) => JsonSerializer.Serialize(skills.ToArray());

    public static string? CertificationsJson(IReadOnlyList<Certification> certifications) =>
        certifications.Count == 0
            ? null
            : JsonSerializer.Serialize(certifications.Select(c => new Dictionary<string, string?>
            {
                ["name"] = c.Name,
                ["issuer"] = c.Issuer,
                ["expires"] = c.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }));

    public static string CertificationsText(IReadOnlyList<Certification> certifications) =>
        string.Join("\n", certifications.Select(c =>
            c.Name + (c.Issuer is null && c.Expires is null ? "" : "; " + c.Issuer + (c.Expires is { } e ? "; " + e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""))));
}
