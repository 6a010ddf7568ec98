using System.Net;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// A forbidden staff page answers the same 404 as a missing record, and the refusal is logged: the user's id, the
/// path and the permission that was missing, read back from the app's log file — and no patient data in the line.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class RefusalLoggingTests(LabServerFixture server)
{
    [Fact]
    public async Task A_refused_page_is_logged_with_user_path_and_missing_permission_but_no_patient_data()
    {
        var app = await server.SharedAppAsync("security-refusals");
        Guid tech, dentist, staff;
        string caseNumber, patient;
        await using (var db = app.Db())
        {
            tech = await IdAsync(db, "tech@dentallab.test");
            dentist = await IdAsync(db, "dentist@dentallab.test");
            staff = await IdAsync(db, "staff@dentallab.test");
            var someCase = await db.Cases.AsNoTracking().Where(c => c.PatientName != null && c.PatientName != "").OrderBy(c => c.CaseNumber)
                .Select(c => new { c.CaseNumber, c.PatientName }).FirstAsync();
            (caseNumber, patient) = (someCase.CaseNumber, someCase.PatientName!);
        }

        // A technician on the invoice list (invoices.view).
        using (var http = new LabHttp(app))
        {
            await http.SignInAsync("tech@dentallab.test", DemoDataGenerator.DemoPassword);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/invoices?status=sent")).StatusCode);
        }

        var line = await app.WaitForLogAsync("refused to user", tech.ToString(), "/invoices", "no permission invoices.view");
        Assert.NotNull(line);
        Assert.DoesNotContain("status=sent", line, StringComparison.Ordinal);

        // A dentist on a staff case page (cases.view): the line names the path, never the patient.
        using (var http = new LabHttp(app))
        {
            await http.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword);
            var page = await http.GetAsync($"/cases/{caseNumber}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain(patient, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        line = await app.WaitForLogAsync("refused to user", dentist.ToString(), $"/cases/{caseNumber}", "no permission cases.view");
        Assert.NotNull(line);
        Assert.DoesNotContain(patient, line, StringComparison.Ordinal);

        // Staff on the case CSV (cases.view and reports.export): only the missing one is named.
        using (var http = new LabHttp(app))
        {
            await http.SignInAsync("staff@dentallab.test", DemoDataGenerator.DemoPassword);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/cases/export.csv")).StatusCode);
        }

        Assert.NotNull(await app.WaitForLogAsync("refused to user", staff.ToString(), "/cases/export.csv", "no permission reports.export "));
    }

    [Fact]
    public async Task A_page_refused_inside_an_open_session_is_logged_the_same_way()
    {
        var app = await server.SharedAppAsync("security-refusals-circuit");
        Guid tech;
        await using (var db = app.Db())
        {
            tech = await IdAsync(db, "tech@dentallab.test");
        }

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.WaitForInteractiveAsync();

        // Inside the live session: no request reaches the server's authorization, the router refuses the page.
        await page.EvaluateAsync("() => Blazor.navigateTo('/billing/prices?procedure=crown')");
        await page.WaitForURLAsync(app.BaseUrl + "/billing/prices?procedure=crown");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found", Level = 1 })).ToBeVisibleAsync();

        var line = await app.WaitForLogAsync("refused to user", tech.ToString(), "/billing/prices", "no permission");
        Assert.NotNull(line);
        Assert.DoesNotContain("procedure=crown", line, StringComparison.Ordinal);
    }

    private static Task<Guid> IdAsync(DentalLab.Data.LabDbContext db, string email) =>
        db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
}
