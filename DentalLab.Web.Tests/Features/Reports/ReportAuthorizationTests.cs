using System.Net;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>Reports are for reports.view, exports and "Refresh now" for reports.export; everyone else gets "not found".</summary>
[Collection(LabCollection.Name)]
public sealed class ReportAuthorizationTests(LabServerFixture server)
{
    private static readonly string[] Pages = ["/reports", "/reports/revenue", "/reports/completion", "/reports/departments", "/reports/staff", "/reports/inventory", "/reports/remakes"];

    [Theory]
    [InlineData("tech@dentallab.test")]
    [InlineData("staff@dentallab.test")]
    [InlineData("dentist@dentallab.test")]
    public async Task Without_reports_view_every_report_page_and_export_is_not_found(string email)
    {
        var app = await server.SharedAppAsync("reports-demo");
        using var http = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(email, DemoDataGenerator.DemoPassword)).StatusCode);
        foreach (var page in Pages.Append("/reports/revenue/export.csv?period=year&table=months"))
        {
            Assert.True(HttpStatusCode.NotFound == (await http.GetAsync(page)).StatusCode, page);
        }
    }

    [Fact]
    public async Task A_manager_opens_the_reports_and_exports_their_tables()
    {
        var app = await server.SharedAppAsync("reports-demo");
        using var http = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync("manager@dentallab.test", DemoDataGenerator.DemoPassword)).StatusCode);
        foreach (var page in Pages)
        {
            Assert.True(HttpStatusCode.OK == (await http.GetAsync(page)).StatusCode, page);
        }

        var csv = await http.GetAsync("/reports/staff/export.csv?period=year&table=staff");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Technician,Department,Stages completed", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/reports/nonsense/export.csv")).StatusCode);
    }

    [Fact]
    public async Task Reading_needs_reports_view_and_exporting_reports_export_in_the_services_too()
    {
        var (app, data) = await ReportsLab.KnownAsync(server);
        await using var viewer = app.ScopeAs(data.ViewerId); // reports.view without reports.export
        var queries = viewer.ServiceProvider.GetRequiredService<ReportQueries>();
        Assert.Equal(350m, (await queries.RevenueAsync(ReportsTestData.November)).Current.Invoiced);
        await Assert.ThrowsAsync<ForbiddenException>(() => queries.DemandExportAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => viewer.ServiceProvider.GetRequiredService<ReportRefresher>().RefreshNowAsync());

        await using var technician = app.ScopeAs(data.TechnicianOne);
        await Assert.ThrowsAsync<ForbiddenException>(() => technician.ServiceProvider.GetRequiredService<ReportQueries>().RevenueAsync(ReportsTestData.November));
        await Assert.ThrowsAsync<ForbiddenException>(() => technician.ServiceProvider.GetRequiredService<ReportQueries>().ManagerFiguresAsync());
    }
}
