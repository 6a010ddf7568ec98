using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace DentalLab.Web.Tests.Features.Calendar;

/// <summary>The personal iCalendar feed and .ics downloads, read back by Ical.Net and by Python's icalendar.</summary>
[Collection(LabCollection.Name)]
public sealed class CalendarFeedTests(LabServerFixture server)
{
    // Its own app: it sets the lab's time zone to one with daylight saving.
    private Task<LabApp> AppAsync() => server.SharedAppAsync("calendar-feed");

    private static async Task<string> EnableFeedAsync(LabApp app, string email)
    {
        await using var scope = await app.ScopeAsAsync(email);
        return await scope.ServiceProvider.GetRequiredService<CalendarService>().EnableFeedAsync();
    }

    [Fact]
    public async Task The_feed_parses_in_two_readers_keeps_times_right_across_daylight_saving_and_names_no_patient()
    {
        var app = await AppAsync();
        await CalendarTestData.SetSettingAsync(app, "lab.time_zone", "\"Europe/Berlin\"");
        var staffId = await CalendarTestData.UserIdAsync(app, CalendarTestData.Staff);
        var kowalska = await CalendarTestData.DentistAsync(app, "dentist@dentallab.test");
        string caseNumber, patient;
        await using (var db = app.Db())
        {
            var @case = await db.Cases.Where(c => c.PatientName != null && c.PatientName != "").OrderBy(c => c.CaseNumber).FirstAsync();
            (caseNumber, patient) = (@case.CaseNumber, @case.PatientName!);
        }

        // 27 March 2027 the clocks in Berlin go forward: 09:00 is 08:00 UTC before, 07:00 UTC after.
        var next = DateTime.UtcNow.Year + 1;
        var before = LastSundayOfMarch(next).AddDays(-2).AddHours(9);
        var after = LastSundayOfMarch(next).AddDays(1).AddHours(9);
        var (beforeId, _) = await CalendarTestData.CreateAsync(app, "Try-in " + caseNumber, before, TimeSpan.FromHours(1), [staffId], kowalska.Id, caseNumber, type: AppointmentType.CaseReview);
        var (afterId, _) = await CalendarTestData.CreateAsync(app, "Pickup after the change", after, TimeSpan.FromMinutes(30), [staffId], kowalska.Id, type: AppointmentType.Pickup);

        var token = await EnableFeedAsync(app, CalendarTestData.Staff);
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await anonymous.GetAsync($"/calendar/feed/{token}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Berlin", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Berlin:{before:yyyyMMdd}T090000", text, StringComparison.Ordinal);
        Assert.Contains(caseNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(patient, text, StringComparison.OrdinalIgnoreCase);

        // Reader 1: Ical.Net.
        var calendar = IcalCalendar.Load(text)!;
        var first = calendar.Events.Single(e => e.Uid == beforeId + "@dentallab");
        var second = calendar.Events.Single(e => e.Uid == afterId + "@dentallab");
        Assert.Equal(before.Date.AddHours(8), first.DtStart!.AsUtc);
        Assert.Equal(after.Date.AddHours(7), second.DtStart!.AsUtc);
        Assert.Equal(after.Date.AddHours(7.5), second.DtEnd!.AsUtc);

        // Reader 2: Python's icalendar (Debian python3-icalendar), in its own process.
        var path = Path.Combine(server.WorkFolder, $"feed-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(path, text);
        var events = await PythonEventsAsync(path);
        Assert.Equal(before.Date.AddHours(8).ToString("yyyy-MM-ddTHH:mm:ss"), events[beforeId + "@dentallab"]);
        Assert.Equal(after.Date.AddHours(7).ToString("yyyy-MM-ddTHH:mm:ss"), events[afterId + "@dentallab"]);
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_answers_not_found_and_a_new_address_replaces_the_old()
    {
        var app = await AppAsync();
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var first = await EnableFeedAsync(app, CalendarTestData.Manager);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/calendar/feed/{first}.ics")).StatusCode);

        var second = await EnableFeedAsync(app, CalendarTestData.Manager);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/feed/{first}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/calendar/feed/{second}.ics")).StatusCode);

        await using (var scope = await app.ScopeAsAsync(CalendarTestData.Manager))
        {
            await scope.ServiceProvider.GetRequiredService<CalendarService>().RevokeFeedAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/feed/{second}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/feed/not-a-token.ics")).StatusCode);

        await using var db = app.Db();
        var hashes = await db.CalendarFeedTokens.Select(t => t.TokenHash).ToListAsync();
        Assert.DoesNotContain(hashes, h => h == first || h == second); // only hashes are stored
        Assert.Contains(CalendarService.HashToken(second), hashes);
    }

    [Fact]
    public async Task A_dentist_sees_and_downloads_only_their_own_appointments()
    {
        var app = await AppAsync();
        var kowalska = await CalendarTestData.DentistAsync(app, "dentist@dentallab.test");
        var muller = await CalendarTestData.DentistAsync(app, "dentist2@dentallab.test");
        var day = DateTime.Today.AddDays(3).AddHours(16);
        var (hers, _) = await CalendarTestData.CreateAsync(app, "Deliver crowns to Uśmiech", day, TimeSpan.FromMinutes(30), dentistId: kowalska.Id, type: AppointmentType.Delivery);
        var (his, _) = await CalendarTestData.CreateAsync(app, "Deliver bridge to Müller", day, TimeSpan.FromMinutes(30), dentistId: muller.Id, type: AppointmentType.Delivery);

        await using (var scope = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            var items = await scope.ServiceProvider.GetRequiredService<CalendarQueries>()
                .PortalItemsAsync(DateOnly.FromDateTime(day).AddDays(-1), DateOnly.FromDateTime(day).AddDays(1));
            Assert.Contains(items, i => i.AppointmentId == hers);
            Assert.DoesNotContain(items, i => i.AppointmentId == his);
            await Assert.ThrowsAsync<DentalLab.Web.Infrastructure.Auth.ForbiddenException>(() =>
                scope.ServiceProvider.GetRequiredService<CalendarQueries>().ItemsAsync(new CalendarQuery(), DateOnly.FromDateTime(day), DateOnly.FromDateTime(day)));
        }

        using var http = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword)).StatusCode);
        var own = await http.GetAsync($"/calendar/appointments/{hers}.ics");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var ics = IcalCalendar.Load(await own.Content.ReadAsStringAsync())!;
        Assert.Equal("Deliver crowns to Uśmiech", Assert.Single(ics.Events).Summary);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/calendar/appointments/{his}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/portal/calendar")).StatusCode);

        // The dentist's own feed carries theirs only.
        var token = await EnableFeedAsync(app, "dentist@dentallab.test");
        var feed = await http.GetAsync($"/calendar/feed/{token}.ics");
        var uids = IcalCalendar.Load(await feed.Content.ReadAsStringAsync())!.Events.Select(e => e.Uid).ToList();
        Assert.Contains(hers + "@dentallab", uids);
        Assert.DoesNotContain(his + "@dentallab", uids);

        // Not signed in: the single download is not there.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/calendar/appointments/{hers}.ics")).StatusCode);
    }

    private static DateTime LastSundayOfMarch(int year)
    {
        var day = new DateTime(year, 3, 31);
        return day.AddDays(-(int)day.DayOfWeek);
    }

    /// <summary>UID → DTSTART in UTC (ISO), as Python's icalendar reads the file.</summary>
    private static async Task<Dictionary<string, string>> PythonEventsAsync(string path)
    {
        const string script = """
            import json, sys, datetime
            from icalendar import Calendar
            cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
            out = {}
            for e in cal.walk('VEVENT'):
                start = e.decoded('DTSTART')
                out[str(e.get('UID'))] = start.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat()
            print(json.dumps(out))
            """;
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(path);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "python3 icalendar failed: " + error);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(output)!;
    }
}
