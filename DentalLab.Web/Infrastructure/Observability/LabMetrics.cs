using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DentalLab.Web.Infrastructure.Observability;

/// <summary>
/// The app's own meters (meter <c>DentalLab</c>), next to ASP.NET Core's, the runtime's and Npgsql's. Names follow
/// OpenTelemetry's conventions; Prometheus shows them with dots as underscores (e.g. <c>dentallab_jobs_runs_total</c>).
/// Tags carry names of things (a job, a stage), never people or patients. See docs/operations.md.
/// </summary>
public static class LabMetrics
{
    public const string MeterName = "DentalLab";

    private static readonly Meter Meter = new(MeterName, typeof(LabMetrics).Assembly.GetName().Version?.ToString());
    private static long _openCircuits;

    public static readonly Counter<long> LiveEventsPublished = Meter.CreateCounter<long>("dentallab.live.events.published", "{event}", "Live events sent from this instance");
    public static readonly Counter<long> LiveEventsDelivered = Meter.CreateCounter<long>("dentallab.live.events.delivered", "{event}", "Live events handed to open pages on this instance");
    public static readonly Histogram<double> LiveDeliveryLag = Meter.CreateHistogram<double>("dentallab.live.delivery.lag", "ms", "From publish on any instance to delivery on this one (across instances: includes the database round trip)");
    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("dentallab.jobs.runs", "{run}", "Recurring job runs by job and outcome");
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("dentallab.jobs.duration", "ms", "Recurring job run time");
    public static readonly Counter<long> StagesCompleted = Meter.CreateCounter<long>("dentallab.workflow.stages.completed", "{stage}", "Production stages completed, by stage");
    public static readonly Counter<long> EmailsSent = Meter.CreateCounter<long>("dentallab.emails.sent", "{email}", "Emails handed to SMTP or written to the outbox");
    public static readonly Counter<long> DatabaseOutages = Meter.CreateCounter<long>("dentallab.database.outages", "{outage}", "Times the database stopped answering (each ends when a probe gets an answer)");
    public static readonly Counter<long> EmailsFailed = Meter.CreateCounter<long>("dentallab.emails.failed", "{email}", "Emails that could not be sent");

    static LabMetrics()
    {
        Meter.CreateObservableGauge("dentallab.circuits.open", () => Interlocked.Read(ref _openCircuits), "{connection}", "Open interactive pages (Blazor circuits) on this instance");
    }

    public static long OpenCircuits => Interlocked.Read(ref _openCircuits);

    public static void JobRan(string job, bool succeeded, double milliseconds)
    {
        var tags = new KeyValuePair<string, object?>[] { new("job", job), new("outcome", succeeded ? "succeeded" : "failed") };
        JobRuns.Add(1, tags);
        JobDuration.Record(milliseconds, tags);
    }

    /// <summary>A run cut short because the app stopped (or its caller gave up): neither a success nor a failure to alert on.</summary>
    public static void JobInterrupted(string job, double milliseconds)
    {
        var tags = new KeyValuePair<string, object?>[] { new("job", job), new("outcome", "interrupted") };
        JobRuns.Add(1, tags);
        JobDuration.Record(milliseconds, tags);
    }

    /// <summary>Counts open circuits (an interactive page is one circuit while its connection lives).</summary>
    internal sealed class CircuitCounter : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _openCircuits);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _openCircuits);
            return Task.CompletedTask;
        }
    }
}
