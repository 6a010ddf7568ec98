using System.Collections.Concurrent;
using System.Diagnostics;
using DentalLab.Data.LocalPostgres;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace DentalLab.Web.Tests.Features.Messages;

/// <summary>Two app instances on one database with the PostgreSQL transport: live events cross between them, also after a database restart.</summary>
[Collection(LabCollection.Name)]
public sealed class CrossInstanceLiveTests(LabServerFixture server, ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Postgres = new() { ["Live:Transport"] = "postgres" };

    [Fact]
    public async Task A_message_sent_through_one_instance_reaches_a_subscriber_on_the_other()
    {
        await using var first = await LabApp.StartAsync(server, demo: true, Postgres);
        await using var second = LabApp.StartOn(first.ConnectionString, server.WorkFolder, settings: Postgres);
        await WaitListeningAsync(first, 1);
        await WaitListeningAsync(second, 1);

        Guid tech, conversation;
        await using (var db = first.Db())
        {
            tech = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
        }

        await using var manager = await first.ScopeAsAsync("manager@dentallab.test");
        var messages = manager.ServiceProvider.GetRequiredService<MessageService>();
        conversation = await messages.StartDirectAsync(tech);

        var inThread = new TaskCompletionSource<LiveEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var forTech = new TaskCompletionSource<LiveEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = second.Services.GetRequiredService<LiveEventBus>();
        using var a = bus.Subscribe(LiveEvent.ForConversation(conversation), e => { if (e.Kind == "message.created") { inThread.TrySetResult(e); } return Task.CompletedTask; });
        using var b = bus.Subscribe(LiveEvent.ForUser(tech), e => { if (e.Kind == "message.created") { forTech.TrySetResult(e); } return Task.CompletedTask; });

        var clock = Stopwatch.StartNew();
        var sent = await messages.SendAsync(conversation, "Sent on instance A");
        var received = await inThread.Task.WaitAsync(TimeSpan.FromSeconds(10));
        output.WriteLine($"Delivered from instance A to a subscriber on instance B in {clock.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(sent.ToString(), received.Key);
        Assert.Equal(conversation.ToString(), (await forTech.Task.WaitAsync(TimeSpan.FromSeconds(10))).Key);

        // The payload carries ids only: instance B reads the message through its own permission-checked service.
        await using var techOnB = await second.ScopeAsAsync("tech@dentallab.test");
        var items = await techOnB.ServiceProvider.GetRequiredService<MessageService>().MessagesSinceAsync(conversation, DateTimeOffset.MinValue);
        Assert.Contains(items, m => m.Id == sent && m.Body == "Sent on instance A");
    }

    [Fact]
    public async Task Delivery_between_instances_resumes_after_the_database_restarts()
    {
        // A cluster of this test's own: the shared one must never restart under the other tests.
        await using var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(server.WorkFolder, "pg-restart-" + Guid.NewGuid().ToString("N")[..6]), durable: false);
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE dentallab", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = cluster.ConnectionString("dentallab");
        await using var first = LabApp.StartOn(connectionString, server.WorkFolder, settings: Postgres);
        await using var second = LabApp.StartOn(connectionString, server.WorkFolder, settings: Postgres);
        await WaitListeningAsync(first, 1);
        await WaitListeningAsync(second, 1);

        var seen = new ConcurrentQueue<string>();
        using var subscription = second.Services.GetRequiredService<LiveEventBus>().Subscribe("test:restart", e =>
        {
            seen.Enqueue(e.Key!);
            return Task.CompletedTask;
        });
        var sender = first.Services.GetRequiredService<LiveEventBus>();
        await sender.PublishAsync(new LiveEvent("test:restart", "test", "before"));
        await WaitForAsync(() => seen.Contains("before"), "the event before the restart");

        await cluster.RestartAsync();
        var clock = Stopwatch.StartNew();
        await WaitListeningAsync(second, 2);
        output.WriteLine($"Instance B listened again {clock.ElapsedMilliseconds} ms after the restart");

        for (var i = 1; i <= 5; i++)
        {
            await sender.PublishAsync(new LiveEvent("test:restart", "test", "after-" + i));
        }

        await WaitForAsync(() => Enumerable.Range(1, 5).All(i => seen.Contains("after-" + i)), "all five events after the restart");
    }

    private static Task WaitListeningAsync(LabApp app, int connects)
    {
        var transport = app.Services.GetRequiredService<PostgresLiveEventTransport>();
        return WaitForAsync(() => transport.IsListening && transport.Connects >= connects, $"the listener's connect #{connects}");
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("Timed out waiting for " + what);
            }

            await Task.Delay(50);
        }
    }
}
