namespace DentalLab.Data.Entities;

/// <summary>
/// One recurring job's state, shared by every app instance: when it runs next, which instance holds it now (a lease
/// that expires, so a crashed instance never blocks it for good), and how its last run went.
/// </summary>
public class ScheduledJob : Entity
{
    /// <summary>The job's stable name (e.g. <c>invoices.overdue</c>).</summary>
    public string Name { get; set; } = "";

    public DateTimeOffset NextRunAt { get; set; }

    /// <summary>The instance running it now (machine and process), or null.</summary>
    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? LastStartedAt { get; set; }

    public DateTimeOffset? LastFinishedAt { get; set; }

    public bool? LastSucceeded { get; set; }

    /// <summary>The last failure's message (no stack trace, no data).</summary>
    public string? LastError { get; set; }

    public int? LastDurationMs { get; set; }

    public long RunCount { get; set; }

    public long FailCount { get; set; }
}
