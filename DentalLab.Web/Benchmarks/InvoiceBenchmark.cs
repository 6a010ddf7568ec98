using System.Diagnostics;
using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// <c>dotnet run --project DentalLab.Web -c Release -- benchmark invoices 1000</c>: renders N realistic invoice PDFs
/// in memory on one thread (no database: the invoices are built in memory and priced by Invoice.Recalculate) and
/// prints invoices per second and peak memory.
/// </summary>
public static class InvoiceBenchmark
{
    private static readonly string[] Practices = ["Uśmiech Dental Studio", "Zahnarztpraxis Müller", "Ødegaard Tannklinikk", "Clinique Dentaire Dubois", "山田歯科医院", "Smile Studio Springfield"];
    private static readonly string[] Cities = ["Łódź", "München", "Bergen", "Lyon", "Kyoto", "Springfield"];
    private static readonly ProcedureType[] Procedures = Enum.GetValues<ProcedureType>();

    public static bool Matches(string[] args) => args is ["benchmark", "invoices", ..];

    public static Task RunAsync(string[] args)
    {
        var count = args.Length > 2 && int.TryParse(args[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000;
        var models = Build(count + 20);
        var lab = new Letterhead("DentalLab Demo Laboratory", ["12 Harbour Street", "Springfield 01234"], "US-12-3456789", "USD", "A4",
            "Please pay by bank transfer quoting the invoice number. IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX.", 30);

        // Warm up: font parsing, JIT.
        foreach (var model in models.Take(20))
        {
            InvoicePdf.Render(model with { Lab = lab });
        }

        GC.Collect();
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long bytes = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var model in models.Skip(20))
        {
            bytes += InvoicePdf.Render(model with { Lab = lab }).Length;
        }

        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var rate = count / watch.Elapsed.TotalSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Rendered {count} invoice PDFs in {watch.Elapsed.TotalMilliseconds:0} ms on one thread"));
        Console.WriteLine(string.Create(inv, $"Invoices per second: {rate:0.0} (wall clock)"));
        // On a shared machine the wall clock includes time the thread waited for a core; CPU time does not.
        Console.WriteLine(string.Create(inv, $"Invoices per CPU second: {count / cpu.TotalSeconds:0.0} (process CPU time {cpu.TotalMilliseconds:0} ms, GC threads included)"));
        Console.WriteLine(string.Create(inv, $"Average PDF size: {bytes / count / 1024.0:0.0} KiB, {models.Skip(20).Average(m => m.Lines.Count):0.0} lines"));
        Console.WriteLine(string.Create(inv, $"Peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:0.0} MiB"));
        Console.WriteLine(string.Create(inv, $"Allocated: {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0:0.0} MiB; GC collections gen0 {GC.CollectionCount(0) - gcBefore.Gen0}, gen1 {GC.CollectionCount(1) - gcBefore.Gen1}, gen2 {GC.CollectionCount(2) - gcBefore.Gen2}; heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024.0:0.0} MiB"));
        Console.WriteLine(rate >= 500 ? "Target (500 invoices/s) met." : "Target (500 invoices/s) NOT met.");
        return Task.CompletedTask;
    }

    /// <summary>Realistic invoices: 2–14 case lines (some multi-unit, some rush), a shipping line, a discount for some dentists, 20% tax.</summary>
    internal static List<InvoicePdfModel> Build(int count)
    {
        var random = new Random(42);
        var models = new List<InvoicePdfModel>(count);
        for (var n = 0; n < count; n++)
        {
            var d = random.Next(Practices.Length);
            var discount = d % 3 == 0 ? 5m : 0m;
            var invoice = new Invoice { InvoiceNumber = $"INV-2026-{n + 1:00000}", TaxRate = 0.2m, Status = InvoiceStatus.Sent };
            var cases = new Dictionary<int, string>();
            var lines = random.Next(2, 15);
            for (var i = 0; i < lines; i++)
            {
                var procedure = Procedures[random.Next(Procedures.Length)];
                var tooth = (short)((random.Next(1, 5) * 10) + random.Next(1, 9));
                cases[i] = $"DL-2026-{random.Next(1, 999_999):000000}";
                invoice.Items.Add(new InvoiceItem
                {
                    Description = $"{Labels.Label(procedure)}, zirconia{(random.Next(5) == 0 ? " (rush)" : "")}",
                    ProcedureType = procedure,
                    Teeth = procedure is ProcedureType.Denture or ProcedureType.NightGuard or ProcedureType.Aligner ? null : [tooth],
                    Quantity = random.Next(1, 4),
                    UnitPrice = random.Next(4_000, 90_000) / 100m,
                    Position = i + 1,
                });
            }

            invoice.Items.Add(new InvoiceItem { Description = "Shipping and handling", Quantity = 1, UnitPrice = 12.50m, Position = lines + 1 });
            invoice.Recalculate(discount);
            var issue = new DateOnly(2026, 1, 1).AddDays(random.Next(300));
            models.Add(new InvoicePdfModel(
                null!,
                new BillTo(Practices[d], "Dr. Example Dentist", ["Main street 1", $"00-000 {Cities[d]}"], "billing@example.test"),
                invoice.InvoiceNumber,
                invoice.Status,
                issue,
                issue.AddDays(30),
                invoice.Items.OrderBy(i => i.Position).Select((i, index) => new InvoicePdfLine(
                    cases.GetValueOrDefault(index, ""), i.Description, Features.Cases.Dentition.Describe(i.Teeth, null), i.Quantity, i.UnitPrice, i.Amount)).ToList(),
                invoice.Subtotal, invoice.DiscountAmount, discount, invoice.TaxRate, invoice.TaxAmount, invoice.Total, 0m));
        }

        return models;
    }
}
