using MudBlazor;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// The sort keys of each report table by column header (the headers of <see cref="ReportCsv"/>). The table's sort labels
/// take their key from here (<see cref="ReportSortLabel{T}"/>) and the CSV export sorts with the same key in the same
/// (stable) way as MudTable, so the file has the rows in the order the table shows them.
/// </summary>
public static class ReportSort
{
    public static readonly IReadOnlyDictionary<string, Func<RevenueMonth, object>> RevenueMonths = new Dictionary<string, Func<RevenueMonth, object>>
    {
        ["Month"] = x => x.Month, ["Invoices"] = x => x.Invoices, ["Invoiced"] = x => x.Invoiced, ["Paid"] = x => x.Paid, ["Outstanding"] = x => x.Outstanding,
    };

    public static readonly IReadOnlyDictionary<string, Func<RevenueByDentist, object>> RevenueDentists = new Dictionary<string, Func<RevenueByDentist, object>>
    {
        ["Practice"] = x => x.Practice, ["Invoices"] = x => x.Invoices, ["Invoiced"] = x => x.Invoiced, ["Paid"] = x => x.Paid, ["Outstanding"] = x => x.Outstanding,
        ["Average days to pay"] = x => x.AvgDaysToPay ?? -1,
    };

    public static readonly IReadOnlyDictionary<string, Func<CompletionRow, object>> Completion = new Dictionary<string, Func<CompletionRow, object>>
    {
        ["Period or procedure"] = x => x.Key, ["Completed"] = x => x.Completed, ["On time"] = x => x.OnTime, ["On-time rate %"] = x => x.OnTimeRate ?? -1,
        ["Average turnaround (business days)"] = x => x.AvgBusinessDays ?? -1,
    };

    public static readonly IReadOnlyDictionary<string, Func<DepartmentRow, object>> Departments = new Dictionary<string, Func<DepartmentRow, object>>
    {
        ["Department"] = x => x.Name, ["Stage"] = x => x.Stage, ["Stages completed"] = x => x.Completed, ["Previous period"] = x => x.CompletedPrior,
        ["Per week"] = x => x.PerWeek, ["Average hours"] = x => x.AvgHours ?? -1, ["Expected hours"] = x => x.ExpectedHours ?? -1,
        ["Work in progress"] = x => x.WorkInProgress,
    };

    public static readonly IReadOnlyDictionary<string, Func<DepartmentWeek, object>> Weeks = new Dictionary<string, Func<DepartmentWeek, object>>
    {
        ["Week from"] = x => x.From, ["Stages completed"] = x => x.Completed,
    };

    public static readonly IReadOnlyDictionary<string, Func<StaffRow, object>> Staff = new Dictionary<string, Func<StaffRow, object>>
    {
        ["Technician"] = x => x.Name, ["Department"] = x => x.Department ?? string.Empty, ["Stages completed"] = x => x.StagesCompleted,
        ["Previous period"] = x => x.StagesCompletedPrior, ["On time"] = x => x.OnTime, ["On-time rate %"] = x => x.OnTimeRate ?? -1,
        ["QC failures"] = x => x.QcFailures, ["Review rating"] = x => x.ReviewRating ?? -1,
    };

    public static readonly IReadOnlyDictionary<string, Func<InventoryRow, object>> Inventory = new Dictionary<string, Func<InventoryRow, object>>
    {
        ["SKU"] = x => x.Sku, ["Item"] = x => x.Name, ["Category"] = x => x.Category, ["Used"] = x => x.Used, ["Used before"] = x => x.UsedPrior,
        ["Value used"] = x => x.UsedValue, ["On hand"] = x => x.OnHand, ["Turnover"] = x => x.Turnover ?? -1, ["Days of stock left"] = x => x.DaysOfStockLeft ?? -1,
        ["Slow mover"] = x => x.SlowMover, ["Stock value"] = x => x.StockValue,
    };

    public static readonly IReadOnlyDictionary<string, Func<RemakeRow, object>> Remakes = new Dictionary<string, Func<RemakeRow, object>>
    {
        ["Name"] = x => x.Label, ["Cases"] = x => x.Cases, ["Remakes"] = x => x.Remakes, ["Remake rate %"] = x => x.Rate ?? -1, ["Lab pays"] = x => x.LabPays,
        ["Dentist pays"] = x => x.DentistPays, ["Split"] = x => x.SplitPays,
    };

    public static readonly IReadOnlyDictionary<string, Func<StageScore, object>> Stages = new Dictionary<string, Func<StageScore, object>>
    {
        ["Stage"] = x => x.Stage, ["Completed"] = x => x.Completed, ["On time"] = x => x.OnTime, ["On-time rate %"] = x => x.OnTimeRate ?? -1,
        ["Sent back by QC"] = x => x.SentBack,
    };

    public static readonly IReadOnlyDictionary<string, Func<QcItemFailures, object>> QcItems = new Dictionary<string, Func<QcItemFailures, object>>
    {
        ["Checklist item"] = x => x.Item, ["Failed"] = x => x.Failed, ["Checked"] = x => x.Checked, ["Fail rate %"] = x => x.FailRate ?? -1,
    };

    /// <summary>The rows in the order MudTable shows them for that column and direction (unknown column: as they came).</summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> rows, IReadOnlyDictionary<string, Func<T, object>> keys, string? column, string? direction)
    {
        if (column is null || !keys.TryGetValue(column, out var key))
        {
            return rows;
        }

        return string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase) ? rows.OrderByDescending(key) : rows.OrderBy(key);
    }
}

/// <summary>The column and direction a report table is sorted by on screen, for its CSV link (<see cref="ExportLink"/> follows it).</summary>
public sealed class TableSort(string? column = null, bool descending = false)
{
    public string? Column { get; private set; } = column;

    public bool Descending { get; private set; } = descending;

    public event Action? Changed;

    /// <summary>A sort label was clicked: it sorts by its column now, or by nothing when it went back to unsorted.</summary>
    public void Set(string column, SortDirection direction)
    {
        if (direction == SortDirection.None)
        {
            if (Column == column)
            {
                Column = null;
                Descending = false;
            }
        }
        else
        {
            Column = column;
            Descending = direction == SortDirection.Descending;
        }

        Changed?.Invoke();
    }

    /// <summary>The sort as query string parameters with a leading '&amp;' (empty when unsorted).</summary>
    public string Query => Column is null ? "" : $"&sort={Uri.EscapeDataString(Column)}&dir={(Descending ? "desc" : "asc")}";
}
