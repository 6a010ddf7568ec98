using DentalLab.Data.Entities;
using DentalLab.Web.Features.Calendar;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Calendar;

/// <summary>Arranges calendar data in a test app: appointments through the service (as a user would), settings, users.</summary>
internal static class CalendarTestData
{
    public const string Staff = "staff@dentallab.test";
    public const string Manager = "manager@dentallab.test";
    public const string Tech = "tech@dentallab.test";

    public static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }

    public static async Task<DentistProfile> DentistAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Set<DentistProfile>().AsNoTracking().SingleAsync(d => d.User!.NormalizedEmail == email.ToUpperInvariant());
    }

    /// <summary>A timed appointment in the lab's time zone, created through the service as <paramref name="asEmail"/>.</summary>
    public static async Task<(Guid Id, AppointmentSaved Saved)> CreateAsync(LabApp app, string title, DateTime localStart, TimeSpan length,
        Guid[]? attendees = null, Guid? dentistId = null, string? caseNumber = null, string asEmail = Staff, AppointmentType type = AppointmentType.Meeting)
    {
        await using var scope = await app.ScopeAsAsync(asEmail);
        var end = localStart + length;
        var saved = await scope.ServiceProvider.GetRequiredService<CalendarService>().SaveAsync(null, new AppointmentInput
        {
            Title = title,
            Type = type,
            StartDate = localStart.Date,
            StartTime = localStart.TimeOfDay,
            EndDate = end.Date,
            EndTime = end.TimeOfDay,
            AttendeeIds = [.. attendees ?? []],
            DentistId = dentistId,
            CaseNumber = caseNumber,
        });
        Assert.True(saved.Result.Succeeded, string.Join("; ", saved.Result.Errors.Select(e => e.Key + ": " + e.Value)));
        return (saved.Id!.Value, saved);
    }

    public static async Task SetSettingAsync(LabApp app, string key, string json)
    {
        await using var db = app.Db();
        await db.Settings.Where(s => s.Key == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, json));
        app.Services.GetRequiredService<LabSettings>().Invalidate();
    }

    /// <summary>Now in the lab's zone (from settings), to the minute.</summary>
    public static async Task<DateTime> LabNowAsync(LabApp app)
    {
        var zone = await app.Services.GetRequiredService<LabSettings>().TimeZoneAsync();
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
    }
}
