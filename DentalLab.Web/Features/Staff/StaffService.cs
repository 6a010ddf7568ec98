using System.Globalization;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Staff;

/// <summary>
/// Changes to staff: profiles (staff.manage), weekly schedules (schedules.manage) and performance reviews
/// (staff.reviews). Permission first; messages by field; published on <see cref="LiveEvent.Staff"/> after commit.
/// </summary>
public sealed class StaffService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    UserAdminService users,
    LabSettings settings,
    LiveEventBus bus)
{
    /// <summary>Creates the staff profile of an existing lab user; returns its employee number.</summary>
    public async Task<(ChangeResult Result, string? EmployeeNumber)> CreateAsync(StaffInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var result = await ValidateAsync(db, input, null, ct);
        User? user = null;
        if (input.UserId is not { } userId)
        {
            result.Errors[nameof(input.UserId)] = "Choose the lab user this profile belongs to.";
        }
        else
        {
            user = await db.Users.Include(u => u.RoleLinks).ThenInclude(l => l.Role).SingleOrDefaultAsync(u => u.Id == userId && u.IsActive, ct);
            if (user is null || user.RoleLinks.Any(l => l.Role!.Code == UserRole.Dentist))
            {
                result.Errors[nameof(input.UserId)] = "Choose an active lab user (not a dentist).";
            }
            else if (await db.StaffProfiles.AnyAsync(p => p.UserId == userId, ct))
            {
                result.Errors[nameof(input.UserId)] = "This user already has a staff profile.";
            }
        }

        if (!result.Succeeded)
        {
            return (result, null);
        }

        // A profile whose employment ended earlier is taken up again rather than duplicated (one profile per user).
        var profile = await db.StaffProfiles.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.UserId == user!.Id, ct);
        if (profile is null)
        {
            profile = new StaffProfile { UserId = user!.Id };
            db.Add(profile);
        }

        profile.DeletedAt = null;
        Apply(profile, input);
        if (await SaveAsync(db, nameof(input.EmployeeNumber), ct) is { } failed)
        {
            return (failed, null);
        }

        await PublishAsync(profile.EmployeeNumber, ct);
        return (ChangeResult.Ok(), profile.EmployeeNumber);
    }

    public async Task<ChangeResult> UpdateAsync(string employeeNumber, StaffInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.StaffProfiles.SingleOrDefaultAsync(p => p.EmployeeNumber == employeeNumber, ct);
        if (profile is null)
        {
            return ChangeResult.Fail("", "Staff profile not found.");
        }

        var result = await ValidateAsync(db, input, profile.Id, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        Apply(profile, input);
        if (await SaveAsync(db, nameof(input.EmployeeNumber), ct) is { } failed)
        {
            return failed;
        }

        await PublishAsync(profile.EmployeeNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// Ends the employment (the profile is soft-deleted, its history kept). With <paramref name="deactivateUser"/> the
    /// user's account is deactivated in the same step, through the users service (which needs users.manage).
    /// </summary>
    public async Task<ChangeResult> EndEmploymentAsync(string employeeNumber, bool deactivateUser, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.StaffManage, ct);
        if (deactivateUser && !await currentUser.HasPermissionAsync(PermissionCodes.UsersManage, ct))
        {
            return ChangeResult.Fail("", "Deactivating the account needs the users.manage permission; end the employment without it.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.StaffProfiles.SingleOrDefaultAsync(p => p.EmployeeNumber == employeeNumber, ct);
        if (profile is null)
        {
            return ChangeResult.Fail("", "Staff profile not found.");
        }

        if (deactivateUser && profile.UserId == currentUser.UserId)
        {
            return ChangeResult.Fail("", "You cannot deactivate your own account.");
        }

        var today = await settings.TodayAsync();
        // Shifts end with the employment; the rows stay as history.
        foreach (var row in await db.StaffSchedules.Where(s => s.StaffId == profile.Id && (s.EffectiveTo == null || s.EffectiveTo >= today)).ToListAsync(ct))
        {
            if (row.EffectiveFrom >= today)
            {
                db.StaffSchedules.Remove(row);
            }
            else
            {
                row.EffectiveTo = today.AddDays(-1);
            }
        }
        db.Remove(profile); // the soft-delete interceptor turns this into deleted_at
        await db.SaveChangesAsync(ct);
        await PublishAsync(employeeNumber, ct);
        if (deactivateUser)
        {
            var deactivated = await users.SetActiveAsync(profile.UserId, false, ct);
            if (!deactivated.Succeeded)
            {
                return ChangeResult.Ok("The employment ended, but the account could not be deactivated: " + deactivated.For(""));
            }
        }

        return ChangeResult.Ok();
    }

    /// <summary>
    /// Replaces the weekly schedule from a date on: entries in force before that date end the day before (kept as
    /// history), entries that would only have started on or after it are replaced. A weekday may have several entries
    /// (a split shift) that do not overlap; end after start. The staff row is locked for the change, so two editors cannot interleave and leave overlaps.
    /// </summary>
    public async Task<ChangeResult> ChangeScheduleAsync(string employeeNumber, ScheduleInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.SchedulesManage, ct);
        var result = new ChangeResult();
        DateOnly? from = input.EffectiveFrom is { } f ? DateOnly.FromDateTime(f) : null;
        DateOnly? to = input.EffectiveTo is { } t ? DateOnly.FromDateTime(t) : null;
        if (from is null)
        {
            result.Errors[nameof(input.EffectiveFrom)] = "Say from which day the schedule applies.";
        }

        if (to is { } last && from is { } first && last < first)
        {
            result.Errors[nameof(input.EffectiveTo)] = "The last day cannot be before the first day.";
        }

        var entries = new List<(DayOfWeek Day, TimeOnly Start, TimeOnly End)>();
        foreach (var group in input.Days.GroupBy(d => d.Day))
        {
            var field = ScheduleInput.DayField(group.Key);
            var day = new List<(TimeOnly Start, TimeOnly End)>();
            foreach (var entry in group.Where(d => !string.IsNullOrWhiteSpace(d.Start) || !string.IsNullOrWhiteSpace(d.End)))
            {
                if (!TryTime(entry.Start, out var start) || !TryTime(entry.End, out var end))
                {
                    result.Errors[field] = "Give both a start and an end as HH:mm (e.g. 08:00), or leave both empty.";
                }
                else if (end <= start)
                {
                    result.Errors[field] = "The end must be after the start.";
                }
                else
                {
                    day.Add((start, end));
                }
            }

            // A split shift (07:00-11:00 and 13:00-17:00) is two entries; entries that overlap are refused.
            day.Sort((a, b) => a.Start.CompareTo(b.Start));
            for (var i = 1; i < day.Count && !result.Errors.ContainsKey(field); i++)
            {
                if (day[i].Start < day[i - 1].End)
                {
                    result.Errors[field] = $"{StaffLabels.Day(group.Key)}: {StaffLabels.Shift(day[i - 1].Start, day[i - 1].End)} and "
                        + $"{StaffLabels.Shift(day[i].Start, day[i].End)} overlap. Entries of the same day may not overlap: start the second after the first ends.";
                }
            }

            entries.AddRange(day.Select(d => (group.Key, d.Start, d.End)));
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        if (await LockProfileAsync(db, employeeNumber, ct) is not { } id)
        {
            return ChangeResult.Fail("", "Staff profile not found.");
        }
        var effective = from!.Value;
        // Tracked changes (not bulk updates), so the audit log records each ended and replaced entry.
        foreach (var row in await db.StaffSchedules.Where(s => s.StaffId == id && (s.EffectiveTo == null || s.EffectiveTo >= effective)).ToListAsync(ct))
        {
            if (row.EffectiveFrom >= effective)
            {
                db.StaffSchedules.Remove(row);
            }
            else
            {
                row.EffectiveTo = effective.AddDays(-1);
            }
        }

        // The removals must reach the database before the new rows reuse their (staff, day, from, start) key.
        await db.SaveChangesAsync(ct);
        foreach (var (day, start, end) in entries)
        {
            db.StaffSchedules.Add(new StaffSchedule { StaffId = id, DayOfWeek = day, StartTime = start, EndTime = end, EffectiveFrom = effective, EffectiveTo = to });
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(employeeNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// Records an absence (vacation, sick leave, training) from one day to another, inclusive. The roster shows it and
    /// the person is not on shift while away. Absences of one person may not overlap; the staff row is locked so two
    /// editors cannot both record overlapping ones.
    /// </summary>
    public async Task<ChangeResult> RecordAbsenceAsync(string employeeNumber, AbsenceInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.SchedulesManage, ct);
        var result = new ChangeResult();
        DateOnly? from = input.From is { } f ? DateOnly.FromDateTime(f) : null;
        DateOnly? to = input.To is { } t ? DateOnly.FromDateTime(t) : from;
        if (from is null)
        {
            result.Errors[nameof(input.From)] = "Give the first day away.";
        }
        else if (to < from)
        {
            result.Errors[nameof(input.To)] = "The last day cannot be before the first day.";
        }
        else if (to!.Value.DayNumber - from.Value.DayNumber > 365)
        {
            result.Errors[nameof(input.To)] = "Record at most a year at a time.";
        }

        if (!Enum.IsDefined(input.Kind))
        {
            result.Errors[nameof(input.Kind)] = "Choose vacation, sick leave or training.";
        }

        if (input.Note?.Trim().Length > 500)
        {
            result.Errors[nameof(input.Note)] = "Use at most 500 characters.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        if (await LockProfileAsync(db, employeeNumber, ct) is not { } staffId)
        {
            return ChangeResult.Fail("", "Staff profile not found.");
        }

        var overlap = await db.StaffAbsences.AsNoTracking()
            .Where(a => a.StaffId == staffId && a.StartsOn <= to && a.EndsOn >= from)
            .OrderBy(a => a.StartsOn).FirstOrDefaultAsync(ct);
        if (overlap is not null)
        {
            return ChangeResult.Fail(nameof(input.From),
                $"Already recorded as away ({Labels.Label(overlap.Kind).ToLowerInvariant()}) from {overlap.StartsOn:yyyy-MM-dd} to {overlap.EndsOn:yyyy-MM-dd}.");
        }

        db.StaffAbsences.Add(new StaffAbsence
        {
            StaffId = staffId, StartsOn = from!.Value, EndsOn = to!.Value, Kind = input.Kind, Note = TextInput.Blank(input.Note), RecordedById = me,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync(employeeNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Removes a recorded absence (recorded in error, or the person came back); the audit log keeps it.</summary>
    public async Task<ChangeResult> RemoveAbsenceAsync(Guid absenceId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.SchedulesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var absence = await db.StaffAbsences.Include(a => a.Staff).SingleOrDefaultAsync(a => a.Id == absenceId, ct);
        if (absence?.Staff is null)
        {
            return ChangeResult.Fail("", "Absence not found.");
        }

        db.StaffAbsences.Remove(absence);
        await db.SaveChangesAsync(ct);
        await PublishAsync(absence.Staff.EmployeeNumber, ct);
        return ChangeResult.Ok();
    }

    public async Task<ChangeResult> AddReviewAsync(string employeeNumber, ReviewInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.StaffReviews, ct);
        var result = new ChangeResult();
        if (input.PeriodStart is null)
        {
            result.Errors[nameof(input.PeriodStart)] = "Give the first day of the period.";
        }

        if (input.PeriodEnd is null)
        {
            result.Errors[nameof(input.PeriodEnd)] = "Give the last day of the period.";
        }
        else if (input.PeriodStart is { } s && input.PeriodEnd < s)
        {
            result.Errors[nameof(input.PeriodEnd)] = "The period cannot end before it starts.";
        }

        if (input.Rating is < 1 or > 5)
        {
            result.Errors[nameof(input.Rating)] = "Rate from 1 to 5.";
        }

        if (input.Quality is < 1 or > 5)
        {
            result.Errors[nameof(input.Quality)] = "Score from 1 to 5, or leave it empty.";
        }

        if (input.Productivity is < 1 or > 5)
        {
            result.Errors[nameof(input.Productivity)] = "Score from 1 to 5, or leave it empty.";
        }

        foreach (var (field, text) in new[] { (nameof(input.Strengths), input.Strengths), (nameof(input.Improvements), input.Improvements), (nameof(input.Goals), input.Goals) })
        {
            if (text?.Trim().Length > 4000)
            {
                result.Errors[field] = "Use at most 4,000 characters.";
            }
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.StaffProfiles.AsNoTracking().Where(p => p.EmployeeNumber == employeeNumber).Select(p => new { p.Id, p.UserId }).SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            return ChangeResult.Fail("", "Staff profile not found.");
        }

        if (profile.UserId == me)
        {
            return ChangeResult.Fail("", "You cannot review yourself.");
        }

        db.PerformanceReviews.Add(new PerformanceReview
        {
            StaffId = profile.Id,
            ReviewerId = me,
            PeriodStart = DateOnly.FromDateTime(input.PeriodStart!.Value),
            PeriodEnd = DateOnly.FromDateTime(input.PeriodEnd!.Value),
            Rating = (short)input.Rating,
            QualityScore = (short?)input.Quality,
            ProductivityScore = (short?)input.Productivity,
            Strengths = TextInput.Blank(input.Strengths),
            Improvements = TextInput.Blank(input.Improvements),
            Goals = TextInput.Blank(input.Goals),
            ReviewedOn = await settings.TodayAsync(),
        });
        await db.SaveChangesAsync(ct);
        await PublishAsync(employeeNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Locks the staff row for the transaction (so two editors of one person's schedule or absences take turns); null when there is none.</summary>
    private static async Task<Guid?> LockProfileAsync(LabDbContext db, string employeeNumber, CancellationToken ct)
    {
        var ids = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM staff_profiles WHERE employee_number = {employeeNumber} AND deleted_at IS NULL FOR UPDATE")
            .ToListAsync(ct);
        return ids.Count == 0 ? null : ids[0];
    }

    private static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static void Apply(StaffProfile profile, StaffInput input)
    {
        profile.EmployeeNumber = input.EmployeeNumber.Trim().ToUpperInvariant();
        profile.DepartmentId = input.DepartmentId;
        profile.JobTitle = input.JobTitle.Trim();
        profile.EmploymentType = input.Employment;
        profile.HiredOn = DateOnly.FromDateTime(input.HiredOn!.Value);
        profile.HourlyRate = input.HourlyRate;
        profile.Skills = StaffJson.SkillsJson(ParseSkills(input.Skills));
        profile.Certifications = StaffJson.CertificationsJson(ParseCertifications(input.Certifications, out _));
        profile.EmergencyContact = TextInput.Blank(input.EmergencyContact);
    }

    public static IReadOnlyList<string> ParseSkills(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant().Replace(' ', '_')).Distinct().ToList();

    /// <summary>One certification a line: "name; issuer; yyyy-mm-dd" (issuer and expiry optional).</summary>
    public static IReadOnlyList<Certification> ParseCertifications(string? text, out string? error)
    {
        error = null;
        var list = new List<Certification>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            DateOnly? expires = null;
            if (parts.Length > 2 && parts[2].Length > 0)
            {
                if (!DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    error = $"\"{parts[2]}\" is not a date: write the expiry as yyyy-mm-dd.";
                    continue;
                }

                expires = d;
            }

            if (parts[0].Length == 0 || parts.Length > 3)
            {
                error = "Write one certification a line: name; issuer; expiry (yyyy-mm-dd).";
                continue;
            }

            list.Add(new Certification(parts[0], parts.Length > 1 ? TextInput.Blank(parts[1]) : null, expires));
        }

        return list;
    }

    private static async Task<ChangeResult> ValidateAsync(LabDbContext db, StaffInput input, Guid? profileId, CancellationToken ct)
    {
        var result = new ChangeResult();
        var number = input.EmployeeNumber.Trim().ToUpperInvariant();
        if (number.Length == 0)
        {
            result.Errors[nameof(input.EmployeeNumber)] = "Give an employee number.";
        }
        else if (number.Length > 32)
        {
            result.Errors[nameof(input.EmployeeNumber)] = "Use at most 32 characters.";
        }
        else if (!number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            result.Errors[nameof(input.EmployeeNumber)] = "Use letters, digits and hyphens only (it is part of the profile's address).";
        }
        else if (await db.StaffProfiles.IgnoreQueryFilters().AnyAsync(p => p.EmployeeNumber == number && p.Id != profileId, ct))
        {
            result.Errors[nameof(input.EmployeeNumber)] = "Another profile has this employee number.";
        }

        var title = input.JobTitle.Trim();
        if (title.Length == 0)
        {
            result.Errors[nameof(input.JobTitle)] = "Give a job title.";
        }
        else if (title.Length > 100)
        {
            result.Errors[nameof(input.JobTitle)] = "Use at most 100 characters.";
        }

        if (!Enum.IsDefined(input.Employment))
        {
            result.Errors[nameof(input.Employment)] = "Choose an employment type.";
        }

        if (input.HiredOn is null)
        {
            result.Errors[nameof(input.HiredOn)] = "Give the hire date.";
        }

        if (input.HourlyRate is { } rate && (rate < 0 || rate > 100_000 || decimal.Round(rate, 2) != rate))
        {
            result.Errors[nameof(input.HourlyRate)] = "Enter a rate of zero or more, in cents at most.";
        }

        if (input.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, ct))
        {
            result.Errors[nameof(input.DepartmentId)] = "Choose a department.";
        }

        if (ParseSkills(input.Skills).Any(s => s.Length > 60))
        {
            result.Errors[nameof(input.Skills)] = "A skill has at most 60 characters; separate skills with commas.";
        }

        ParseCertifications(input.Certifications, out var certificationError);
        if (certificationError is not null)
        {
            result.Errors[nameof(input.Certifications)] = certificationError;
        }

        if (input.EmergencyContact?.Trim().Length > 300)
        {
            result.Errors[nameof(input.EmergencyContact)] = "Use at most 300 characters.";
        }

        return result;
    }

    private static async Task<ChangeResult?> SaveAsync(LabDbContext db, string uniqueField, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail(uniqueField, "Another profile has this employee number or this user.");
        }
    }

    private Task PublishAsync(string employeeNumber, CancellationToken ct) =>
        bus.PublishAsync(new LiveEvent(LiveEvent.Staff, LiveKinds.StaffChanged, employeeNumber, currentUser.UserId), ct);
}
