using System.Globalization;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// The CSV of each report table: the same columns, in the same order and with the same headers, as the table on the
/// page (the pages' sort labels carry the same headers, <see cref="ReportSort"/>), for the period and filters in the
/// query string and in the table's on-screen sort.
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

    public static readonly IReadOnlyList<CsvColumn<DepartmentWeek>> Weeks =
    [
        new("Week from", r => r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Stages completed", r => CsvWriter.Number(r.Completed)),
    ];

    /// <summary>
    /// The writer of one report's table for the period and filters of the page, its rows in the table's on-screen sort
    /// (<paramref name="sort"/> column header, <paramref name="direction"/> asc/desc), or null when the report or table does not exist.
    /// </summary>
    public static async Task<Func<HttpContext, Task>?> BuildAsync(ReportQueries queries, string report, string table, ReportPeriod period, ReportFilter filter,
        string? sort, string? direction, CancellationToken ct)
    {
        var name = $"{report}-{table}-{period.From:yyyyMMdd}".Replace("--", "-", StringComparison.Ordinal);
        Func<HttpContext, Task> Csv<T>(IReadOnlyList<CsvColumn<T>> columns, IReadOnlyDictionary<string, Func<T, object>> keys, IEnumerable<T> rows) =>
            Write(name, columns, ReportSort.Apply(rows, keys, sort, direction));
        switch (report)
        {
            case "revenue":
                var revenue = await queries.RevenueAsync(period, filter, ct);
                return table == "dentists"
                    ? Csv(RevenueDentists, ReportSort.RevenueDentists, revenue.Dentists)
                    : Csv(RevenueMonths, ReportSort.RevenueMonths, revenue.Months);
            case "completion":
                var completion = await queries.CompletionAsync(period, filter, ct);
                return Csv(Completion, ReportSort.Completion, table == "procedures" ? completion.Procedures : completion.Months);
            case "departments":
                var departments = await queries.DepartmentsAsync(period, filter, ct);
                return table == "weeks"
                    ? Csv(Weeks, ReportSort.Weeks, departments.Weeks)
                    : Csv(Departments, ReportSort.Departments, departments.Rows);
            case "staff":
                return Csv(Staff, ReportSort.Staff, (await queries.StaffAsync(period, filter, ct)).Rows);
            case "inventory":
                return Csv(Inventory, ReportSort.Inventory, (await queries.InventoryAsync(period, ct)).Rows);
            case "remakes":
                var remakes = await queries.RemakesAsync(period, filter, ct);
                return table switch
                {
                    "stages" => Csv(Stages, ReportSort.Stages, remakes.Stages),
                    "qc-items" => Csv(QcItems, ReportSort.QcItems, remakes.Qc.Items),
                    "technician" => Csv(Remakes, ReportSort.Remakes, remakes.ByTechnician),
                    "material" => Csv(Remakes, ReportSort.Remakes, remakes.ByMaterial),
                    "reason" => Csv(Remakes, ReportSort.Remakes, remakes.ByReason),
                    _ => Csv(Remakes, ReportSort.Remakes, remakes.ByDentist),
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
