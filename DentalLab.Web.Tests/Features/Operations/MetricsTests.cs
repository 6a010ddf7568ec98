using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Operations;

/// <summary>/metrics: the app's own meters for Prometheus when enabled and asked from an allowed address; otherwise not there.</summary>
[Collection(LabCollection.Name)]
public sealed class MetricsTests(LabServerFixture server)
{
    [Fact]
    public async Task When_enabled_metrics_show_open_pages_jobs_live_events_and_requests()
    {
        var app = await server.SharedAppAsync("metrics-on", settings: new() { ["Metrics:Prometheus:Enabled"] = "true" });
        using var http = new LabHttp(app);
        await http.SignInAsync("manager@dentallab.test", DemoDataGenerator.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/cases")).StatusCode);
        await app.Services.GetRequiredService<JobScheduler>().RunNowAsync("invoices.overdue");
        var (number, _) = await Workflow.WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design);
        await using (var scope = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<WorkflowService>().CompleteStageAsync(number)).Succeeded);
        }

        await app.Services.GetRequiredService<ILabEmailSender>().SendAsync(new LabEmail("it@lab.test", "IT", "Metrics check", "A line."));

        var response = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("dentallab_circuits_open", text, StringComparison.Ordinal);
        Assert.Contains("dentallab_jobs_runs_total{", text, StringComparison.Ordinal);
        Assert.Contains("job=\"invoices.overdue\"", text, StringComparison.Ordinal);
        Assert.Contains("dentallab_jobs_duration_milliseconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("dentallab_workflow_stages_completed_total{", text, StringComparison.Ordinal);
        Assert.Contains("stage=\"Design\"", text, StringComparison.Ordinal);
        Assert.Contains("dentallab_emails_sent_total{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@dentallab.test", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_are_not_found_when_off_or_asked_from_an_address_not_allowed()
    {
        var off = await server.SharedAppAsync("metrics-off", demo: false);
        using (var http = new LabHttp(off))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);
        }

        var elsewhere = await server.SharedAppAsync("metrics-elsewhere", demo: false, settings: new()
        {
            ["Metrics:Prometheus:Enabled"] = "true",
            ["Metrics:Prometheus:AllowedAddresses"] = "192.0.2.10/32",
        });
        using (var http = new LabHttp(elsewhere))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);
        }
    }
}
