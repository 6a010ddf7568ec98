using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Web.Benchmarks;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Tests.Features.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Performance;

/// <summary>
/// The benchmarks' client of Blazor's hub (benchmark load and live hold pages open with it): it must keep speaking the
/// protocol of the Blazor the app runs, or the figures it prints would be of pages that never became interactive.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class CircuitClientTests(LabServerFixture server)
{
    [Fact]
    public async Task An_open_board_circuit_receives_the_render_of_a_stage_completed_by_someone_else()
    {
        var app = await server.SharedAppAsync("workflow-board");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Long overdue and rushed: the first card of its column, so the board shows it after the move too.
        var (number, _) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design, due: today.AddDays(-30), urgency: UrgencyLevel.Emergency);
        using var person = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync("manager@dentallab.test", "DemoLab-2026!")).StatusCode);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = person.Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };

        await using var board = await CircuitClient.OpenAsync(http, person.Cookies, "/board");
        Assert.True(board.IsAlive, board.Failure);
        Assert.True(board.Batches > 0);

        var shown = board.NextBatchAsync(CircuitClient.Containing(number), TimeSpan.FromSeconds(10));
        await using (var scope = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<WorkflowService>().CompleteStageAsync(number)).Succeeded);
        }

        Assert.NotNull(await shown);
        Assert.True(board.IsAlive, board.Failure);
    }
}
