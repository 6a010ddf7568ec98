namespace DentalLab.Web.Benchmarks;

/// <summary>
/// The benchmark commands (commands, not tests; see README "Benchmarks"): <c>benchmark invoices N</c> and
/// <c>benchmark board ...</c>, <c>benchmark inventory ...</c>, <c>benchmark reports ...</c>, <c>benchmark seed ...</c> (the ten-year lab) and
/// <c>benchmark all ...</c> (every hot page on it), <c>benchmark load ...</c> (a bounded load run), <c>benchmark live ...</c> (live delay and memory per open page). Program.cs asks here first; a new benchmark adds its line here, not there.
/// </summary>
public static class BenchmarkCommands
{
    /// <summary>Runs the benchmark the arguments name and returns its exit code; null when they name none (the app starts).</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (InvoiceBenchmark.Matches(args))
        {
            await InvoiceBenchmark.RunAsync(args);
            return 0;
        }

        if (args is ["benchmark", "board", ..])
        {
            return await BoardBenchmark.RunAsync(args[2..]);
        }

        if (args is ["benchmark", "inventory", ..])
        {
            return await InventoryBenchmark.RunAsync(args[2..]);
        }

        if (args is ["benchmark", "load", ..])
        {
            return await LoadBenchmark.RunAsync(args[2..]);
        }

        if (args is ["benchmark", "live", ..])
        {
            return await LiveBenchmark.RunAsync(args[2..]);
        }

        if (args is ["benchmark", "all", ..])
        {
            return await AllBenchmark.RunAsync(args[2..]);
        }

        if (args is ["benchmark", "seed", ..])
        {
            return await SeedBenchmark.RunAsync(args[2..]);
        }

        if (args is ["benchmark", "reports", ..])
        {
            return await ReportBenchmark.RunAsync(args[2..]);
        }

        return null;
    }
}
