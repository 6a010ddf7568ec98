using DentalLab.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Jobs;

/// <summary>The one scheduler: with several app instances on one database, a due job runs on exactly one of them.</summary>
[Collection(LabCollection.Name)]
public sealed class JobSchedulerTests(LabServerFixture server)
{
    private const string AppKey = "jobs";

    [Fact]
    public async Task Four_instances_checking_at_once_run_a_due_job_once_and_a_requested_run_once_more()
    {
        var app = await server.SharedAppAsync(AppKey, demo: false);
        var name = "test.counting." + Guid.NewGuid().ToString("N")[..8];
        CountingJob.Start();
        var instances = Enumerable.Range(0, 4).Select(_ => Scheduler(app, name)).ToList();

        // The winner's job holds on until the other three have checked and given up while it runs.
        var first = instances.Select(s => s.RunDueAsync()).ToList();
        while (first.Count(t => t.IsCompleted) < 3)
        {
            await Task.WhenAny(first.Where(t => !t.IsCompleted));
        }

        CountingJob.Release();
        var firstRan = await Task.WhenAll(first);
        Assert.Equal(1, firstRan.Count(ran => ran.Contains(name)));
        Assert.Equal(1, CountingJob.Runs);

        // Not due again for an hour: nobody runs it.
        var second = await Task.WhenAll(instances.Select(s => s.RunDueAsync()));
        Assert.All(second, ran => Assert.DoesNotContain(name, ran));

        // "Run now" makes it due for every instance; still exactly one runs it.
        await instances[2].RequestRunAsync(name);
        CountingJob.Release();
        var third = await Task.WhenAll(instances.Select(s => s.RunDueAsync()));
        Assert.Equal(1, third.Count(ran => ran.Contains(name)));
        Assert.Equal(2, CountingJob.Runs);

        var status = (await instances[0].StatusAsync()).Single(s => s.Name == name);
        Assert.Equal(2, status.RunCount);
        Assert.Equal(0, status.FailCount);
        Assert.True(status.LastSucceeded);
        Assert.Null(status.LockedBy);
        Assert.True(status.NextRunAt > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    [Fact]
    public async Task A_failing_job_is_recorded_with_its_message_and_runs_again_at_its_next_time()
    {
        var app = await server.SharedAppAsync(AppKey, demo: false);
        var name = "test.failing." + Guid.NewGuid().ToString("N")[..8];
        var scheduler = Scheduler(app, name, typeof(FailingJob));

        Assert.Contains(name, await scheduler.RunDueAsync());

        var status = (await scheduler.StatusAsync()).Single(s => s.Name == name);
        Assert.False(status.LastSucceeded);
        Assert.Equal(1, status.FailCount);
        Assert.Contains("The supplier's server did not answer", status.LastError, StringComparison.Ordinal);
        Assert.Null(status.LockedBy);
    }

    private static JobScheduler Scheduler(LabApp app, string name, Type? jobType = null) =>
        new([new JobRegistration(name, jobType ?? typeof(CountingJob), _ => new JobSchedule(TimeSpan.FromHours(1)))],
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<NpgsqlDataSource>(),
            new ConfigurationBuilder().Build(),
            app.Services.GetRequiredService<ILogger<JobScheduler>>());

    private sealed class CountingJob : IRecurringJob
    {
        private static TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private static int _runs;

        public static int Runs => Volatile.Read(ref _runs);

        public static void Start()
        {
            _runs = 0;
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public static void Release() => _release.TrySetResult();

        public async Task RunAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _runs);
            await _release.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        }
    }

    private sealed class FailingJob : IRecurringJob
    {
        public Task RunAsync(CancellationToken ct) => throw new HttpRequestException("The supplier's server did not answer");
    }
}
