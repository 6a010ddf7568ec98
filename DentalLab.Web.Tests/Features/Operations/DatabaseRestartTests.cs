using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.LocalPostgres;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Xunit.Abstractions;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Operations;

/// <summary>
/// PostgreSQL stops for five seconds while people work and starts again: pages stay up and say they are reconnecting,
/// nothing acknowledged is lost, and afterwards live updates flow without a reload. Runs on a cluster of its own (the
/// shared test cluster serves every other test class meanwhile).
/// </summary>
[Collection(LabCollection.Name)]
public sealed class DatabaseRestartTests(LabServerFixture server, ITestOutputHelper output)
{
    private const string Manager = "manager@dentallab.test";

    /// <summary>How long the database is away: the issue's scenario, not a wait for something to happen.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_database_restart_under_work_loses_no_acknowledged_write_and_the_open_board_recovers_without_a_reload()
    {
        await using var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(server.WorkFolder, "restart-pg-" + Guid.NewGuid().ToString("N")[..8]), durable: false);
        await using (var admin = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE dentallab_restart", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using var app = LabApp.StartOn(cluster.ConnectionString("dentallab_restart"), server.WorkFolder, demo: true);
        var (noted, _) = await CaseAtAsync(app, Design);
        var (moved, _) = await CaseAtAsync(app, Design);
        Guid managerId;
        await using (var lookup = app.Db())
        {
            managerId = await lookup.Users.Where(u => u.NormalizedEmail == Manager.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
        }

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 2000, Height = 1200 } });
        var board = await context.NewPageAsync();
        await board.SignInAsync(Manager);
        await board.GotoAsync("/board");
        await board.WaitForInteractiveAsync();
        await Assertions.Expect(board.Locator($"[data-stage={Design}] [data-case='{moved}']")).ToBeVisibleAsync();
        // Set once on this document: still there afterwards means the page was never reloaded.
        await board.EvaluateAsync("() => window.__sameDocument = true");

        // People keep working: notes are saved one after another, each one acknowledged or refused.
        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        async Task<bool> SaveAsync(string body)
        {
            try
            {
                await using var scope = app.ScopeAs(managerId);
                var saved = await scope.ServiceProvider.GetRequiredService<CaseService>().AddNoteAsync(noted, body, visibleToDentist: false);
                (saved.Succeeded ? acknowledged : refused).Add(body);
                return saved.Succeeded;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The service said it failed (an exception reaches the page as "not saved"): not acknowledged.
                refused.Add(body + ": " + ex.GetType().Name);
                return false;
            }
        }

        using var stopWork = new CancellationTokenSource();
        var work = Task.Run(async () =>
        {
            for (var i = 0; !stopWork.IsCancellationRequested; i++)
            {
                await SaveAsync($"Restart check note {i}");

                // A person's pace, not a flood: about twenty saves a second.
                await Task.Delay(50);
            }
        });

        using var http = new LabHttp(app);
        await WaitUntilAsync(() => acknowledged.Count >= 3);
        var clock = Stopwatch.StartNew();
        await cluster.StopAsync();

        // Someone else saves while the database is away (the writer above may be waiting on a save it began just
        // before): this save must wait for the database and be kept, not refused.
        const string duringOutage = "Saved while the database was away";
        var savedDuringOutage = SaveAsync(duringOutage);

        // During the outage: /health says so, the page stays and says it is reconnecting.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health")).StatusCode);
        await Assertions.Expect(board.GetByTestId("database-reconnecting")).ToBeVisibleAsync();
        await Assertions.Expect(board.GetByTestId("database-reconnecting")).ToContainTextAsync("Reconnecting to the database");
        var remaining = Outage - clock.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        await cluster.StartAgainAsync();
        var restartedAt = clock.Elapsed;

        // Afterwards: healthy, the banner goes, and a stage completed elsewhere reaches the open board live.
        await WaitUntilAsync(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK);
        var healthyAfter = clock.Elapsed - restartedAt;
        await Assertions.Expect(board.GetByTestId("database-reconnecting")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        var bannerGoneAfter = clock.Elapsed - restartedAt;
        await using (var scope = app.ScopeAs(managerId))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<WorkflowService>().CompleteStageAsync(moved)).Succeeded);
        }

        await Assertions.Expect(board.Locator($"[data-stage={Milling}] [data-case='{moved}']")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var liveAfter = clock.Elapsed - restartedAt;
        Assert.True(await board.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The board page was reloaded.");
        Assert.Equal(0, await board.Locator("#blazor-error-ui:visible").CountAsync());

        Assert.True(await savedDuringOutage, $"The save begun during the outage was refused: saves did not wait for the database. Refused: {string.Join("; ", refused.Take(5))}");
        var ackBefore = acknowledged.Count;
        await WaitUntilAsync(() => acknowledged.Count > ackBefore);
        await stopWork.CancelAsync();
        await work;

        // Nothing acknowledged is lost; a save begun during the outage waited for the database and was kept.
        // (The test's own connections, opened before the restart, are dead: start afresh.)
        await using var db = LabServerFixture.CreateContext(app.ConnectionString + ";Pooling=false");
        var caseId = await db.Cases.Where(c => c.CaseNumber == noted).Select(c => c.Id).SingleAsync();
        var stored = (await db.Set<CaseNote>().Where(n => n.CaseId == caseId).Select(n => n.Body).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var lost = acknowledged.Where(b => !stored.Contains(b)).ToList();
        Assert.True(lost.Count == 0, $"Acknowledged but not stored: {string.Join(", ", lost)}");
        Assert.Contains(duringOutage, stored);

        var figures = $"Database restart: out {Outage.TotalSeconds:0} s; /health healthy {healthyAfter.TotalMilliseconds:0} ms after the start, " +
            $"banner gone after {bannerGoneAfter.TotalMilliseconds:0} ms, live move shown after {liveAfter.TotalMilliseconds:0} ms; " +
            $"{acknowledged.Count} saves acknowledged (all stored, one of them begun during the outage), {refused.Count} refused.";
        output.WriteLine(figures);
        Console.WriteLine(figures);
        Assert.True(liveAfter < TimeSpan.FromSeconds(10), figures);
    }

    private static async Task<(string Number, Guid Id)> CaseAtAsync(LabApp app, WorkflowStageName stage) =>
        await Workflow.WorkflowTestCases.CreateAsync(app, stage, due: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5));

    private static async Task WaitUntilAsync(Func<bool> condition) => await WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met within 30 s.");
            await Task.Delay(100);
        }
    }
}
