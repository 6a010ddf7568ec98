using System.Diagnostics;

namespace DentalLab.Web.Features.Workflow;

/// <summary>
/// Board reads shared between open boards. Every open board re-reads itself when any stage changes; with fifty boards
/// open that was fifty identical reads per move (`benchmark load`). A board that asks for the board as it was at a
/// moment (a live event's <see cref="Infrastructure.Live.LiveEvent.DeliveredAt"/>, or now) joins a read of the same
/// filter that started after that moment and is still running; otherwise it starts one. A read that started after the
/// change it answers reflects it: services publish after they commit. Finished reads are not kept.
/// </summary>
public sealed class BoardReads
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Read> _running = new(StringComparer.Ordinal);

    /// <summary>How many reads ran and how many callers joined one (for the benchmark and the tests).</summary>
    public (long Started, long Joined) Counts => (Interlocked.Read(ref _started), Interlocked.Read(ref _joined));

    private long _started;
    private long _joined;

    /// <param name="key">What the read depends on: the filter, the column limits, and the user for "mine".</param>
    /// <param name="notBefore">A read that started before this moment (Stopwatch ticks) is not fresh enough.</param>
    /// <param name="read">The read itself; it must use no caller's scope (it may outlive the caller who started it).</param>
    public Task<BoardData> ReadAsync(string key, long notBefore, Func<Task<BoardData>> read)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var running) && running.StartedAt >= notBefore)
            {
                Interlocked.Increment(ref _joined);
                return running.Task;
            }

            var started = new Read(Stopwatch.GetTimestamp());
            _running[key] = started;
            Interlocked.Increment(ref _started);
            started.Task = RunAsync(key, started, read);
            return started.Task;
        }
    }

    private async Task<BoardData> RunAsync(string key, Read entry, Func<Task<BoardData>> read)
    {
        try
        {
            // Off the caller's context: the lock above is released before any of the read runs.
            await Task.Yield();
            return await read();
        }
        finally
        {
            lock (_gate)
            {
                if (_running.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                {
                    _running.Remove(key);
                }
            }
        }
    }

    private sealed class Read(long startedAt)
    {
        public long StartedAt { get; } = startedAt;

        public Task<BoardData> Task { get; set; } = default!;
    }
}
