using DentalLab.Data.Entities;

using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Departments;

public sealed record DepartmentRow(
    Guid Id, string Code, string Name, WorkflowStageName? Stage, string? Manager, int StaffCount, int EquipmentCount, decimal Budget, decimal Spent,
    int OpenCases)
{
    public decimal Remaining => Budget - Spent;

    public bool OverBudget => Spent > Budget;

    /// <summary>Share of the budget spent, 0–100 for the bar (more than 100 is shown as full, in red).</summary>
    public double UsedPercent => Budget <= 0 ? (Spent > 0 ? 100 : 0) : Math.Min(100, (double)(Spent / Budget * 100));
}

public sealed record DepartmentList(int BudgetYear, string Currency, IReadOnlyList<DepartmentRow> Rows);

public sealed record CostBooking(string Kind, DateOnly BookedOn, decimal Amount, string Description);

public sealed record DepartmentStaff(string EmployeeNumber, string Name, string JobTitle, string? ShiftToday);

public sealed record DepartmentCase(string CaseNumber, string Practice, DateOnly DueDate, CaseStatus Status, string? AssignedTo, bool Late);

public sealed record WeekThroughput(DateOnly WeekStart, int Completed);

public sealed record Efficiency(int StagesCompleted, int StagesRecent, int StagesOpen, decimal? AvgActualHours, decimal? AvgExpectedHours)
{
    /// <summary>Expected hours over actual hours, as a percentage (over 100: faster than planned).</summary>
    public decimal? Percent => AvgActualHours is { } actual && actual > 0 && AvgExpectedHours is { } expected ? Math.Round(100 * expected / actual, 1) : null;
}

public sealed record DepartmentDetail(
    DepartmentRow Summary, string? Description, Guid? ManagerId, DateOnly Today, int BudgetYear, string Currency, IReadOnlyList<DepartmentStaff> Staff,
    IReadOnlyList<Equipment.EquipmentRow> Equipment, IReadOnlyList<DepartmentCase> OpenCases, IReadOnlyList<WeekThroughput> Throughput,
    Efficiency? Efficiency, IReadOnlyList<CostBooking> Bookings, bool CanManage);

public sealed class DepartmentInput
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public Guid? ManagerId { get; set; }

    public decimal Budget { get; set; }
}

public sealed record ReceiptOption(Guid TransactionId, DateTimeOffset OccurredAt, string Item, decimal Quantity, decimal Amount, string? Reference);

/// <summary>The departments module's own wording (enum labels are in <see cref="Labels"/>).</summary>
public static class DepartmentLabels
{
    public static string Stage(WorkflowStageName? stage) => stage is { } s ? Labels.Label(s) : "—";

    public static string Booking(string kind) => kind switch
    {
        "stock" => "Stock received",
        "purchase" => "Equipment purchase",
        "maintenance" => "Maintenance",
        _ => kind,
    };
}
