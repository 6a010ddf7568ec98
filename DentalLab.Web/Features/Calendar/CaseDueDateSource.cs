using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Calendar;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Calendar;

/// <summary>
/// Case due dates on the calendar: an all-day marker per open case on its due date, late ones (due before today and
/// not yet shipped) in red, linking to the case. Staff need cases.view; a dentist sees only their own cases. The
/// title carries the case number only, never the patient.
/// </summary>
public sealed class CaseDueDateSource(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope dentistScope,
    LabSettings settings) : ICalendarSource
{
    public IReadOnlyList<string> Kinds { get; } = [CalendarLabels.CaseDue];

    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(CalendarWindow window, CancellationToken ct = default)
    {
        var staff = await currentUser.HasPermissionAsync(PermissionCodes.CasesView, ct);
        var portal = !staff && await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct);
        if (!staff && !portal)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = staff ? db.Cases.AsQueryable() : await dentistScope.CasesAsync(db, ct);
        if (window.DentistId is { } dentist)
        {
            cases = cases.Where(c => c.DentistId == dentist);
        }

        var today = await settings.TodayAsync();
        var rows = await cases.AsNoTracking()
            .Where(c => c.DueDate >= window.From && c.DueDate <= window.To
                && c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled && c.ShippedAt == null)
            .OrderBy(c => c.DueDate).ThenBy(c => c.CaseNumber)
            .Select(c => new { c.CaseNumber, c.DueDate, c.DentistId })
            .Take(1000)
            .ToListAsync(ct);
        return rows.Select(c => new CalendarEntry(
            "case-due:" + c.CaseNumber,
            CalendarLabels.CaseDue,
            c.DueDate < today ? $"{c.CaseNumber} due (late)" : $"{c.CaseNumber} due",
            CalendarTime.StartOfDay(c.DueDate, window.Zone),
            CalendarTime.StartOfDay(c.DueDate.AddDays(1), window.Zone),
            AllDay: true,
            Href: (staff ? "/cases/" : "/portal/cases/") + c.CaseNumber,
            Late: c.DueDate < today,
            DentistId: c.DentistId)).ToList();
    }
}
