using System.Globalization;
using System.Net;
using System.Text;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>The filtered list as CSV, and the printable case ticket read back from its PDF.</summary>
[Collection(LabCollection.Name)]
public sealed class CaseExportAndTicketTests(LabServerFixture server)
{
    private const string Password = DemoDataGenerator.DemoPassword;

    [Fact]
    public async Task The_csv_export_holds_exactly_the_filtered_cases_in_utf8_with_a_bom()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var tag = "Csv" + Guid.NewGuid().ToString("N")[..6];
        var first = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Łódź Müller {tag}"));
        var rush = CaseTestData.Crown(dentist, $"=HYPERLINK(\"x\") {tag}");
        rush.Urgency = UrgencyLevel.Rush;
        rush.PatientCode = "PT, \"quoted\"";
        var second = await CaseTestData.CreateAsync(app, rush);
        await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, "Someone Else"));

        using var http = new LabHttp(app);
        await http.SignInAsync("manager@dentallab.test", Password);
        var response = await http.GetAsync($"/cases/export.csv?q={Uri.EscapeDataString(tag)}&sort=number");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Case number,Received,Due date,Late,Where it is,Urgency,Priority,Dentist,Practice,Patient name,Patient code", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(first + ",", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Łódź Müller {tag}", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Receiving,Standard,Medium,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(second + ",", lines[2], StringComparison.Ordinal);
        Assert.Contains(",Rush,", lines[2], StringComparison.Ordinal);
        // A cell a spreadsheet would run is defused; quotes and commas are quoted.
        Assert.Contains($"\"'=HYPERLINK(\"\"x\"\") {tag}\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"PT, \"\"quoted\"\"\"", lines[2], StringComparison.Ordinal);

        var rushOnly = await (await http.GetAsync($"/cases/export.csv?q={tag}&urgency=rush")).Content.ReadAsStringAsync();
        Assert.Equal(2, rushOnly.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        using var dentistHttp = new LabHttp(app);
        await dentistHttp.SignInAsync("dentist@dentallab.test", Password);
        var refused = await dentistHttp.GetAsync($"/cases/export.csv?q={tag}");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain(tag, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_export_of_cases_needs_reports_export_not_only_cases_view()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var tag = "CsvRight" + Guid.NewGuid().ToString("N")[..6];
        await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Export {tag}"));

        // Staff and technicians read cases (cases.view) but hold no reports.export: the same not found as a missing
        // address, no export button on the list, and the service refuses too.
        foreach (var reader in new[] { "staff@dentallab.test", "tech@dentallab.test" })
        {
            using var http = new LabHttp(app);
            await http.SignInAsync(reader, Password);
            var refused = await http.GetAsync($"/cases/export.csv?q={tag}");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain(tag, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var list = await http.GetAsync($"/cases?q={tag}");
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var html = await list.Content.ReadAsStringAsync();
            Assert.Contains(tag, html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"export-csv\"", html, StringComparison.Ordinal);

            await using var scope = await app.ScopeAsAsync(reader);
            var queries = scope.ServiceProvider.GetRequiredService<CaseQueries>();
            await Assert.ThrowsAsync<ForbiddenException>(async () =>
            {
                await foreach (var _ in queries.ExportAsync(new CaseListQuery { Search = tag }))
                {
                }
            });
        }

        // The roles PRODUCT.md gives reports.export (admin, manager) see the button and get the file.
        foreach (var exporter in new[] { "admin@dentallab.test", "manager@dentallab.test" })
        {
            using var http = new LabHttp(app);
            await http.SignInAsync(exporter, Password);
            Assert.Contains("data-testid=\"export-csv\"", await (await http.GetAsync($"/cases?q={tag}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var csv = await http.GetAsync($"/cases/export.csv?q={tag}");
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Contains($"Export {tag}", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_list_query_round_trips_through_the_url()
    {
        var query = new CaseListQuery
        {
            Search = "Łódź 12", Status = CaseStatus.OnHold, Stage = WorkflowStageName.QualityControl, DentistId = Guid.NewGuid(),
            Procedure = ProcedureType.PartialDenture, Urgency = UrgencyLevel.Rush, Priority = PriorityLevel.High,
            DueFrom = new DateOnly(2026, 11, 1), DueTo = new DateOnly(2026, 11, 30), LateOnly = true, Sort = "dentist", Descending = true, After = "eyJzIjoiZGVudGlzdCJ9",
        };
        var url = query.ToQueryString();
        Assert.Contains("status=on_hold", url, StringComparison.Ordinal);
        Assert.Contains("stage=quality_control", url, StringComparison.Ordinal);
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url);
        Assert.Equal(query, CaseListQuery.Parse(name => parsed.TryGetValue(name, out var v) ? v.ToString() : null));
    }

    [Fact]
    public async Task The_ticket_pdf_carries_the_case_and_reads_back()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var input = CaseTestData.Crown(dentist, "Zofia Łódź");
        input.Urgency = UrgencyLevel.Rush;
        input.Teeth = [14, 15, 16];
        input.BridgeSpans = "14-16";
        input.Procedure = ProcedureType.Bridge;
        input.Units = 3;
        var number = await CaseTestData.CreateAsync(app, input);
        await using var db = app.Db();
        var due = await db.Cases.Where(c => c.CaseNumber == number).Select(c => c.DueDate).SingleAsync();

        using var http = new LabHttp(app);
        await http.SignInAsync("tech@dentallab.test", Password);
        var response = await http.GetAsync($"/cases/{number}/ticket.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = pdf.GetPage(1);
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Contains("DentalLab Demo Laboratory", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Zofia Łódź", text, StringComparison.Ordinal);
        Assert.Contains(dentist.DentistName, text, StringComparison.Ordinal);
        Assert.Contains("Bridge × 3", text, StringComparison.Ordinal);
        Assert.Contains("14-16 bridge", text, StringComparison.Ordinal);
        Assert.Contains(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("RUSH", text, StringComparison.Ordinal);
        Assert.Contains("A2", text, StringComparison.Ordinal);
        Assert.InRange(page.Width, 295, 300); // A6: 105 mm
        Assert.InRange(page.Height, 418, 421); // 148 mm

        using var anonymous = new LabHttp(app);
        Assert.Equal("/account/login", LabHttp.PathOf(await anonymous.GetAsync($"/cases/{number}/ticket.pdf")));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/cases/DL-1999-999999/ticket.pdf")).StatusCode);
    }
}
