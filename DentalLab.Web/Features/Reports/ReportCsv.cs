using System.Globalization;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// The CSV of each report table: the same columns, in the same order and with the same headers, as the table on the
/// page (the pages take their headers from these lists), for the period in the query string.
/// </summary>
public static class ReportCsv
{
    public static readonly IReadOnlyList<CsvColumn<RevenueMonth>> RevenueMonths =
    [
        new("Month", r => r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
        new("Invoices", r => CsvWriter.Number(r.Invoices)),
        new("Invoiced", r => CsvWriter.Money(r.Invoiced)),
        new("Paid", r => CsvWriter.Money(r.Paid)),
        new("Outstanding", r => CsvWriter.Money(r.Outstanding)),
    ];

    public static readonly IReadOnlyList<CsvColumn<RevenueByDentist>> RevenueDentists =
    [
        new("Practice", r => r.Practice),
        new("Invoices", r => CsvWriter.Number(r.Invoices)),
        new("Invoiced", r => CsvWriter.Money(r.Invoiced)),
        new("Paid", r => CsvWriter.Money(r.Paid)),
        new("Outstanding", r => CsvWriter.Money(r.Outstanding)),
        new("Average days to pay", r => Num(r.AvgDaysToPay)),
    ];

    public static readonly IReadOnlyList<CsvColumn<CompletionRow>> Completion =
    [
        new("Period or procedure", r => r.Label),
        new("Completed", r => CsvWriter.Number(r.Completed)),
        new("On time", r => CsvWriter.Number(r.OnTime)),
        new("On-time rate %", r => Num(r.OnTimeRate)),
        new("Average turnaround (business days)", r => Num(r.AvgBusinessDays)),
    ];

    public static readonly IReadOnlyList<CsvColumn<DepartmentRow>> Departments =
    [
        new("Department", r => r.Name),
        new("Stage", r => Labels.Label(r.Stage)),
        new("Stages completed", r => CsvWriter.Number(r.Completed)),
        new("Previous period", r => CsvWriter.Number(r.CompletedPrior)),
        new("Per week", r => CsvWriter.Number(r.PerWeek)),
        new("Average hours", r => Num(r.AvgHours)),
        new("Expected hours", r => Num(r.ExpectedHours)),
        new("Work in progress", r => CsvWriter.Number(r.WorkInProgress)),
    ];

    public static readonly IReadOnlyList<CsvColumn<StaffRow>> Staff =
    [
        new("Technician", r => r.Name),
        new("Department", r => r.Department),
        new("Stages completed", r => CsvWriter.Number(r.StagesCompleted)),
        new("Previous period", r => CsvWriter.Number(r.StagesCompletedPrior)),
        new("On time", r => CsvWriter.Number(r.OnTime)),
        new("On-time rate %", r => Num(r.OnTimeRate)),
        new("QC failures", r => CsvWriter.Number(r.QcFailures)),
        new("Review rating", r => Num(r.ReviewRating)),
    ];

    public static readonly IReadOnlyList<CsvColumn<InventoryRow>> Inventory =
    [
        new("SKU", r => r.Sku),
        new("Item", r => r.Name),
        new("Category", r => Labels.Label(r.Category)),
        new("Used", r => CsvWriter.Number(r.Used)),
        new("Used before", r => CsvWriter.Number(r.UsedPrior)),
        new("Value used", r => CsvWriter.Money(r.UsedValue)),
        new("On hand", r => CsvWriter.Number(r.OnHand)),
        new("Turnover", r => Num(r.Turnover)),
        new("Days of stock left", r => Num(r.DaysOfStockLeft)),
        new("Slow mover", r => CsvWriter.YesNo(r.SlowMover)),
        new("Stock value", r => CsvWriter.Money(r.StockValue)),
    ];

    public static readonly IReadOnlyList<CsvColumn<RemakeRow>> Remakes =
    [
        new("Name", r => r.Label),
        new("Cases", r => CsvWriter.Number(r.Cases)),
        new("Remakes", r => CsvWriter.Number(r.Remakes)),
        new("Remake rate %", r => Num(r.Rate)),
        new("Lab pays", r => CsvWriter.Number(r.LabPays)),
        new("Dentist pays", r => CsvWriter.Number(r.DentistPays)),
        new("Split", r => CsvWriter.Number(r.SplitPays)),
    ];

    public static readonly IReadOnlyList<CsvColumn<StageScore>> Stages =
    [
        new("Stage", r => Labels.Label(r.Stage)),
        new("Completed", r => CsvWriter.Number(r.Completed)),
        new("On time", r => CsvWriter.Number(r.OnTime)),
        new("On-time rate %", r => Num(r.OnTimeRate)),
        new("Sent back by QC", r => CsvWriter.Number(r.SentBack)),
    ];

    public static readonly IReadOnlyList<CsvColumn<QcItemFailures>> QcItems =
    [
        new("Checklist item", r => r.Item),
        new("Failed", r => CsvWriter.Number(r.Failed)),
        new("Checked", r => CsvWriter.Number(r.Checked)),
        new("Fail rate %", r => Num(r.FailRate)),
    ];

    public static string Num(decimal? value) => value is { } v ? CsvWriter.Number(v) : "";

    /// <summary>The writer of one report's table, or null when the report or table does not exist.</summary>
    public static async Task<Func<HttpContext, Task>?> BuildAsync(ReportQueries queries, string report, string table, ReportPeriod period, CancellationToken ct)
    {
        var name = $"{report}-{table}-{period.From:yyyyMMdd}".Replace("--", "-", StringComparison.Ordinal);
        switch (report)
        {
            case "revenue":
                var revenue = await queries.RevenueAsync(period, ct);
                return table == "dentists" ? Write(name, RevenueDentists, revenue.Dentists) : Write(name, RevenueMonths, revenue.Months);
            case "completion":
                var completion = await queries.CompletionAsync(period, ct);
                return Write(name, Completion, table == "procedures" ? completion.Procedures : completion.Months);
            case "departments":
                return Write(name, Departments, (await queries.DepartmentsAsync(period, ct)).Rows);
            case "staff":
                return Write(name, Staff, (await queries.StaffAsync(period, ct)).Rows);
            case "inventory":
                return Write(name, Inventory, (await queries.InventoryAsync(period, ct)).Rows);
            case "remakes":
                var remakes = await queries.RemakesAsync(period, ct);
                return table switch
                {
                    "stages" => Write(name, Stages, remakes.Stages),
                    "qc-items" => Write(name, QcItems, remakes.Qc.Items),
                    "technician" => Write(name, Remakes, remakes.ByTechnician),
                    "material" => Write(name, Remakes, remakes.ByMaterial),
                    "reason" => Write(name, Remakes, remakes.ByReason),
                    _ => Write(name, Remakes, remakes.ByDentist),
                };
            default:
                return null;
        }
    }

    private static Func<HttpContext, Task> Write<T>(string name, IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> rows) =>
        http => CsvWriter.StreamAsync(http, name, columns, Async(rows));

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
