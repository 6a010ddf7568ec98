using System.Diagnostics;
using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Admin.Audit;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Dashboard;
using DentalLab.Web.Features.Dentists;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Features.Workflow.Scan;
using DentalLab.Web.Infrastructure.Settings;
using Npgsql;

using static DentalLab.Web.Benchmarks.BenchmarkSupport;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>benchmark all [--cluster DIR | --cases N [--keep DIR]] [--iterations N] [--warmup N] [--only TEXT] [--explain [--without-index a,b]]</c>:
/// every page a lab opens all day, on the generated lab (<see cref="LabGenerator"/>). Signed in as the role that uses the
/// page, each service call the page makes runs once, once with its SQL captured, then (after a warm-up of 30 turns of the
/// call and its SQL, <c>--warmup</c>) N times (default 30), each time followed by
/// the captured SQL (EF's own text and parameters; reads only) run through plain Npgsql, one statement after another on
/// one connection (so a call that reads on two connections at once can be faster than its SQL). Prints p50/p95/max of both and
/// the ratios of the p50s and of the p95s (none for the reports, which read through Npgsql themselves, the scan lookup, which also writes, and
/// the statement PDF, which also draws). Exits 1
/// when a p95 is over its target (case list and search 20 ms, everything else 50 ms), or over 1.5× its raw SQL's where
/// the p95 is above 10 ms (below that the fixed cost of a service call dominates). The ratio of the p50s is printed too:
/// the p95 of 30 runs is their second slowest, so the ratio of p95s also says which side a busy moment fell on.
/// </summary>
public static class AllBenchmark
{
    private const double RatioTarget = 1.5;
    private const double RatioFloorMs = 10;

    /// <param name="Comparable">
    /// False where the captured reads are not the call's work: the reports read through Npgsql themselves (what EF sends
    /// beside them is a settings read), the scan lookup also records the scan (an insert and its commit; only reads
    /// are run again), and the statement PDF is also its drawing (a quarter of its time; its reads are the "statement
    /// figures" call, which is compared). Those get no raw figure and no ratio.
    /// </param>
    private sealed record Probe(string Area, string Name, string Role, double TargetMs, Func<IServiceProvider, Task> Run, bool Comparable = true);

    /// <summary>The case list's deep pages start at this row of the list.</summary>
    private const int DeepRow = 250_000;

    private sealed record Sample(Guid BusiestDentist, Guid BusiestPortalDentist, string OldCase, string ActiveCase, string PortalCase,
        string PatientCode, string NameFragment, string Surname, Guid AuditedCase, int Cases, int Active)
    {
        public IReadOnlyList<(CaseListSort Sort, string Cursor)> DeepCursors { get; init; } = [];
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = IntOption(args, "--iterations", 30);
        var warmup = Math.Max(1, IntOption(args, "--warmup", 30));
        var only = BenchmarkLab.StringOption(args, "--only");
        var explain = args.Contains("--explain");
        var withoutIndexes = BenchmarkLab.StringOption(args, "--without-index")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var total = Stopwatch.StartNew();
        await using var lab = await BenchmarkLab.FromArgumentsAsync(args, 1_000_000);
        await using var services = BenchmarkServices.Build(lab.DataSource);
        var sample = await SampleAsync(lab.DataSource);
        sample = sample with { DeepCursors = await DeepCursorsAsync(lab.DataSource, services, await UsersAsync(lab.DataSource)) };
        using (var load = File.Exists("/proc/loadavg") ? new StreamReader("/proc/loadavg") : null)
        {
            Console.WriteLine($"benchmark all: {sample.Cases:N0} cases ({sample.Active:N0} active), {iterations} runs per call, "
                + $"{Environment.ProcessorCount} cores, load average {load?.ReadLine()?.Split(' ')[0] ?? "?"}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        }

        var probes = Probes(sample, await services.GetRequiredService<LabSettings>().TodayAsync());
        var capture = services.GetRequiredService<SqlCapture>();
        var fixedUser = services.GetRequiredService<FixedUser>();
        var users = await UsersAsync(lab.DataSource);
        var failures = new List<string>();
        Console.WriteLine();
        Console.WriteLine($"{"area",-10} {"call",-46} {"as",-9} {"p50",7} {"p95",7} {"max",7} {"SQL p50",8} {"SQL p95",8} {"x p50",6} {"x p95",6} {"target",7}");
        foreach (var group in probes.Where(p => only is null || $"{p.Area} {p.Name}".Contains(only, StringComparison.OrdinalIgnoreCase)).GroupBy(p => p.Role))
        {
            fixedUser.SignIn(users[group.Key]);
            // One scope per role: a circuit's scoped services (the signed-in user and their permissions, loaded once).
            await using var scope = services.CreateAsyncScope();
            foreach (var probe in group)
            {
                // Each call starts from a collected heap, as BenchmarkDotNet does between runs: a collection owed by the
                // calls before is not paid inside this one's runs (a gen1 pause of 33 ms once fell in one call's thirty).
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                try
                {
                    await probe.Run(scope.ServiceProvider);
                }
                catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException or UnauthorizedAccessException)
                {
                    failures.Add($"{probe.Area} {probe.Name} (failed: {ex.Message})");
                    Console.WriteLine($"{probe.Area,-10} {probe.Name,-46} {probe.Role,-9} FAILED: {ex.Message}");
                    continue;
                }

                capture.Start();
                await probe.Run(scope.ServiceProvider);
                var sql = capture.Stop();
                var times = new List<double>(iterations);
                var raw = new List<double>(iterations);
                // The warm-up takes the call and its SQL past what a server pays once, not all day: the first run
                // after the collection above (one call in five was slowest there), and the JIT's second, optimised
                // compilation of the call's own code (a method is recompiled after 30 calls, in the background: the
                // last third of the runs held a third of the slow ones when the warm-up was one call).
                for (var w = 0; w < warmup; w++)
                {
                    await SqlCapture.ReplayAsync(lab.DataSource, sql);
                    await probe.Run(scope.ServiceProvider);
                }

                // The call and its raw SQL take turns, so a busy moment of the machine falls on both alike.
                for (var i = 0; i < iterations; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await probe.Run(scope.ServiceProvider);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    raw.Add(await SqlCapture.ReplayAsync(lab.DataSource, sql));
                }

                times.Sort();
                raw.Sort();
                var p95 = Percentile(times, 0.95);
                var rawP95 = Percentile(raw, 0.95);
                var compared = sql.Count > 0 && probe.Comparable;
                var p50 = Percentile(times, 0.5);
                var rawP50 = Percentile(raw, 0.5);
                var ratio = compared && rawP95 > 0 ? p95 / rawP95 : 0;
                var slow = p95 > probe.TargetMs;
                var behind = p95 > RatioFloorMs && ratio > RatioTarget;
                if (slow || behind)
                {
                    failures.Add($"{probe.Area} {probe.Name}" + (slow ? $" (p95 {p95:N1} > {probe.TargetMs:N0} ms)" : "") + (behind ? $" ({ratio:N1}x its SQL)" : ""));
                }

                Console.WriteLine($"{probe.Area,-10} {probe.Name,-46} {probe.Role,-9} {p50,7:N1} {p95,7:N1} {times[^1],7:N1} "
                    + (compared ? $"{rawP50,8:N1} {rawP95,8:N1} {p50 / rawP50,6:N1} {ratio,6:N1}" : $"{"-",8} {"-",8} {"-",6} {"-",6}") + $" {probe.TargetMs,7:N0}{(slow || behind ? "  OVER" : "")}  [{sql.Count} SQL]");
                if (explain)
                {
                    Console.WriteLine(await SqlCapture.ExplainAsync(lab.DataSource, sql, withoutIndexes));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB; total {total.Elapsed.TotalSeconds:N0} s.");
        Console.WriteLine(failures.Count == 0 ? "Every call is within its target." : $"OVER TARGET ({failures.Count}): {string.Join("; ", failures)}");
        return failures.Count == 0 ? 0 : 1;
    }

    private static List<Probe> Probes(Sample s, DateOnly today)
    {
        const double ListTarget = 20;
        const double PageTarget = 50;
        var list = new List<Probe>();

        void Cases(string name, CaseListQuery query) =>
            list.Add(new("cases", name, "staff", ListTarget, sp => sp.GetRequiredService<CaseQueries>().ListAsync(query)));

        Cases("list: default (due date)", new CaseListQuery());
        Cases("list: status designing", new CaseListQuery { Status = CaseStatus.Designing });
        Cases("list: stage milling", new CaseListQuery { Stage = WorkflowStageName.Milling });
        Cases("list: busiest dentist", new CaseListQuery { DentistId = s.BusiestDentist });
        Cases("list: procedure bridge", new CaseListQuery { Procedure = ProcedureType.Bridge });
        Cases("list: urgency rush", new CaseListQuery { Urgency = UrgencyLevel.Rush });
        Cases("list: priority high", new CaseListQuery { Priority = PriorityLevel.High });
        Cases("list: due in the next 7 days", new CaseListQuery { DueFrom = today, DueTo = today.AddDays(7) });
        Cases("list: late only", new CaseListQuery { LateOnly = true });
        Cases("list: in the lab only", new CaseListQuery { InLabOnly = true });
        Cases("list: received in the last 30 days", new CaseListQuery { ReceivedFrom = today.AddDays(-30) });
        Cases("list: newest first (received desc)", new CaseListQuery { Sort = "received", Descending = true });
        Cases("search: case number", new CaseListQuery { Search = s.OldCase });
        Cases("search: patient code", new CaseListQuery { Search = s.PatientCode });
        Cases("search: patient name fragment", new CaseListQuery { Search = s.NameFragment });
        Cases("search: patient surname", new CaseListQuery { Search = s.Surname });
        Cases("search: practice", new CaseListQuery { Search = "Harbour Family" });
        // Deep pages through the cursor, as "next" and "previous" read them: the row at position 250,000 of each sort.
        foreach (var (sort, cursor) in s.DeepCursors)
        {
            var query = new CaseListQuery { Sort = sort.Name, Descending = sort.IsDescending };
            var named = $"{sort.Name}{(sort.IsDescending ? " desc" : "")}";
            Cases($"list: after row {DeepRow:N0} ({named})", query with { After = cursor });
            Cases($"list: before row {DeepRow:N0} ({named})", query with { Before = cursor });
        }

        Cases("list: last page", new CaseListQuery { Last = true });
        Cases("list: last page (newest first)", new CaseListQuery { Sort = "received", Descending = true, Last = true });
        list.Add(new("cases", "case page (delivered, 10 years old)", "staff", PageTarget, sp => sp.GetRequiredService<CaseQueries>().DetailAsync(s.OldCase)));
        list.Add(new("cases", "case page (active)", "staff", PageTarget, sp => sp.GetRequiredService<CaseQueries>().DetailAsync(s.ActiveCase)));

        void Board(string name, BoardFilter filter) =>
            list.Add(new("board", name, "tech", PageTarget, sp => sp.GetRequiredService<BoardService>().LoadAsync(filter)));

        Board("whole board", new BoardFilter());
        Board("only mine", new BoardFilter(Mine: true));
        Board("busiest dentist", new BoardFilter(DentistId: s.BusiestDentist));
        Board("rush + due in 3 days", new BoardFilter(Urgency: UrgencyLevel.Rush, Due: DueWindow.NextThreeDays));
        list.Add(new("scan", "scan lookup (active case)", "tech", PageTarget, sp => sp.GetRequiredService<ScanService>().LookupAsync(s.ActiveCase), Comparable: false));

        list.Add(new("billing", "invoice list with totals", "staff", PageTarget, sp => sp.GetRequiredService<InvoiceQueries>().ListAsync(new InvoiceQuery())));
        list.Add(new("billing", "invoice list: overdue", "staff", PageTarget, sp => sp.GetRequiredService<InvoiceQueries>().ListAsync(new InvoiceQuery(OverdueOnly: true))));
        list.Add(new("billing", "invoice list: busiest dentist", "staff", PageTarget, sp => sp.GetRequiredService<InvoiceQueries>().ListAsync(new InvoiceQuery(DentistId: s.BusiestDentist))));
        var lastMonth = today.AddMonths(-1);
        list.Add(new("billing", "statement figures, busiest dentist, last month", "staff", PageTarget,
            sp => sp.GetRequiredService<BillingDocuments>().StatementAsync(s.BusiestDentist, lastMonth.Year, lastMonth.Month)));
        list.Add(new("billing", "statement PDF, busiest dentist, last month", "staff", PageTarget,
            sp => sp.GetRequiredService<BillingDocuments>().StatementPdfAsync(s.BusiestDentist, lastMonth.Year, lastMonth.Month), Comparable: false));
        list.Add(new("dentists", "dentist page (metrics), busiest", "manager", PageTarget, sp => sp.GetRequiredService<DentistService>().GetAsync(s.BusiestDentist)));
        list.Add(new("dentists", "dentist list", "manager", PageTarget, sp => sp.GetRequiredService<DentistService>().ListAsync(new DentistQuery(null, null, 0, 25))));

        list.Add(new("portal", "portal home (busiest portal dentist)", "dentist", PageTarget, sp => sp.GetRequiredService<PortalService>().HomeAsync()));
        list.Add(new("portal", "portal case page", "dentist", PageTarget, sp => sp.GetRequiredService<PortalService>().CaseAsync(s.PortalCase)));
        list.Add(new("portal", "portal invoices", "dentist", PageTarget, sp => sp.GetRequiredService<InvoiceQueries>().MineAsync()));

        list.Add(new("messages", "conversation list", "manager", PageTarget, sp => sp.GetRequiredService<MessageService>().ConversationsAsync()));
        list.Add(new("messages", "unread messages (nav badge)", "manager", PageTarget, sp => sp.GetRequiredService<MessageService>().UnreadTotalAsync()));
        list.Add(new("notify", "notifications count (bell)", "manager", PageTarget, sp => sp.GetRequiredService<NotificationService>().UnreadCountAsync()));
        list.Add(new("notify", "notifications latest (bell menu)", "manager", PageTarget, sp => sp.GetRequiredService<NotificationService>().LatestAsync(8)));
        list.Add(new("dashboard", "dashboard (manager)", "manager", PageTarget, sp => sp.GetRequiredService<DashboardService>().LoadAsync()));
        list.Add(new("dashboard", "dashboard (technician)", "tech", PageTarget, sp => sp.GetRequiredService<DashboardService>().LoadAsync()));

        // The reports read through Npgsql themselves: no raw figure to compare with.
        void Report(string name, Func<ReportQueries, Task> read) =>
            list.Add(new("reports", name, "manager", PageTarget, sp => read(sp.GetRequiredService<ReportQueries>()), Comparable: false));

        foreach (var kind in new[] { PeriodKind.Month, PeriodKind.Year })
        {
            var period = ReportPeriod.Of(kind, today);
            var label = kind.ToString().ToLowerInvariant();
            Report($"revenue ({label})", reports => reports.RevenueAsync(period));
            Report($"completion ({label})", reports => reports.CompletionAsync(period));
            Report($"departments ({label})", reports => reports.DepartmentsAsync(period));
            Report($"staff ({label})", reports => reports.StaffAsync(period));
            Report($"inventory ({label})", reports => reports.InventoryAsync(period));
            Report($"remakes ({label})", reports => reports.RemakesAsync(period));
        }

        list.Add(new("audit", "audit list filtered by record (a case)", "admin", PageTarget,
            sp => sp.GetRequiredService<AuditLogService>().ListAsync(new AuditQuery("cases", null, s.AuditedCase.ToString(), null, null, 0, AuditQuery.DefaultPageSize))));
        list.Add(new("audit", "audit list (latest)", "admin", PageTarget,
            sp => sp.GetRequiredService<AuditLogService>().ListAsync(new AuditQuery(null, null, null, null, null, 0, AuditQuery.DefaultPageSize))));
        return list;
    }

    /// <summary>
    /// The cursor of the row at <see cref="DeepRow"/> in the default sort and in a few others (the row found with
    /// OFFSET once, raw; the cursor made from it as the list makes one).
    /// </summary>
    private static async Task<List<(CaseListSort, string)>> DeepCursorsAsync(NpgsqlDataSource dataSource, ServiceProvider services, Dictionary<string, Guid> users)
    {
        (string Sort, bool Descending, string OrderBy)[] sorts =
        [
            ("due", false, "status IN ('delivered', 'cancelled'), due_date, case_number"),
            ("due", true, "status IN ('delivered', 'cancelled'), due_date DESC, case_number DESC"),
            ("received", true, "received_at DESC, case_number DESC"),
            ("patient", false, "COALESCE(patient_name, patient_code), case_number"),
            ("dentist", false, "(SELECT d.dentist_name FROM dentist_profiles d WHERE d.id = c.dentist_id), case_number"),
        ];
        services.GetRequiredService<FixedUser>().SignIn(users["staff"]);
        await using var scope = services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        var cursors = new List<(CaseListSort, string)>();
        foreach (var (sort, descending, orderBy) in sorts)
        {
            await using var command = dataSource.CreateCommand($"SELECT case_number FROM cases c WHERE deleted_at IS NULL ORDER BY {orderBy} OFFSET {DeepRow - 1} LIMIT 1");
            command.CommandTimeout = 0;
            var number = (string)(await command.ExecuteScalarAsync())!;
            var query = new CaseListQuery { Sort = sort, Descending = descending };
            var row = (await cases.ListAsync(query with { Search = number })).Rows.Single(r => r.CaseNumber == number);
            var list = CaseListSort.For(query);
            cursors.Add((list, list.CursorOf(row, DeepRow)));
        }

        return cursors;
    }

    private static async Task<Dictionary<string, Guid>> UsersAsync(NpgsqlDataSource dataSource)
    {
        var result = new Dictionary<string, Guid>();
        foreach (var role in new[] { "admin", "manager", "tech", "staff", "dentist" })
        {
            await using var command = dataSource.CreateCommand("SELECT id FROM users WHERE normalized_email = $1");
            command.Parameters.AddWithValue((role + "@dentallab.test").ToUpperInvariant());
            result[role] = (Guid)(await command.ExecuteScalarAsync())!;
        }

        return result;
    }

    /// <summary>The lab's busiest dentists and some real keys to look up (not the first rows: old and recent ones).</summary>
    private static async Task<Sample> SampleAsync(NpgsqlDataSource dataSource)
    {
        async Task<T> One<T>(string sql, params object[] values)
        {
            await using var command = dataSource.CreateCommand(sql);
            command.CommandTimeout = 0;
            foreach (var value in values)
            {
                command.Parameters.AddWithValue(value);
            }

            return (T)(await command.ExecuteScalarAsync())!;
        }

        var busiest = await One<Guid>("SELECT dentist_id FROM cases GROUP BY dentist_id ORDER BY count(*) DESC LIMIT 1");
        var portal = await One<Guid>("SELECT c.dentist_id FROM cases c JOIN dentist_profiles d ON d.id = c.dentist_id WHERE d.user_id IS NOT NULL GROUP BY c.dentist_id ORDER BY count(*) DESC LIMIT 1");
        var dentistUser = await One<Guid>("SELECT id FROM users WHERE normalized_email = 'DENTIST@DENTALLAB.TEST'");
        var portalDentist = await One<Guid>("SELECT id FROM dentist_profiles WHERE user_id = $1", dentistUser);
        if (portal != portalDentist)
        {
            Console.WriteLine("Note: the busiest portal dentist is not dentist@dentallab.test; the portal is measured as dentist@.");
        }

        return new Sample(
            busiest,
            portalDentist,
            await One<string>("SELECT case_number FROM cases WHERE status = 'delivered' ORDER BY received_at OFFSET 1000 LIMIT 1"),
            await One<string>("SELECT case_number FROM cases WHERE current_stage = 'milling' AND status NOT IN ('delivered', 'cancelled') ORDER BY received_at DESC LIMIT 1"),
            await One<string>("SELECT case_number FROM cases WHERE dentist_id = $1 ORDER BY received_at DESC OFFSET 3 LIMIT 1", portalDentist),
            await One<string>("SELECT patient_code FROM cases WHERE patient_code IS NOT NULL ORDER BY received_at OFFSET 5000 LIMIT 1"),
            // The middle of a patient's name ("ria Kowals" of "Maria Kowalski") that names no practice or dentist.
            await One<string>("""
                SELECT substr(patient_name, 3, length(patient_name) - 4) FROM cases c WHERE patient_name IS NOT NULL AND NOT EXISTS
                (SELECT 1 FROM dentist_profiles d WHERE d.dentist_name ILIKE '%' || substr(c.patient_name, 3, length(c.patient_name) - 4) || '%'
                    OR d.practice_name ILIKE '%' || substr(c.patient_name, 3, length(c.patient_name) - 4) || '%')
                ORDER BY received_at OFFSET 2000 LIMIT 1
                """),
            // A surname alone ("Kowalski"), as typed at the front desk: a few thousand cases of a million.
            await One<string>("""
                SELECT surname FROM (SELECT substr(patient_name, strpos(patient_name, ' ') + 1) AS surname, received_at FROM cases
                    WHERE patient_name IS NOT NULL) c
                WHERE length(surname) >= 5 AND NOT EXISTS (SELECT 1 FROM dentist_profiles d
                    WHERE d.dentist_name ILIKE '%' || surname || '%' OR d.practice_name ILIKE '%' || surname || '%')
                ORDER BY received_at OFFSET 2000 LIMIT 1
                """),
            Guid.Parse(await One<string>("SELECT record_id FROM audit_log WHERE table_name = 'cases' ORDER BY seq DESC OFFSET 100 LIMIT 1"), CultureInfo.InvariantCulture),
            (int)await One<long>("SELECT count(*) FROM cases"),
            (int)await One<long>("SELECT count(*) FROM cases WHERE current_stage IS NOT NULL AND status NOT IN ('delivered', 'cancelled') AND deleted_at IS NULL"));
    }
}
