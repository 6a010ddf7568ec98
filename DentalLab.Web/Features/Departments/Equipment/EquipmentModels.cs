using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Departments.Equipment;

public sealed record EquipmentQuery(string? DepartmentCode = null, EquipmentStatus? Status = null, bool DueOnly = false, string? Search = null, bool IncludeDecommissioned = false);

public sealed record EquipmentRow(
    Guid Id, string Name, string? Model, string? SerialNumber, string? Manufacturer, string DepartmentCode, string DepartmentName, EquipmentStatus Status,
    string? StatusReason, DateOnly? LastMaintenanceOn, DateOnly? NextMaintenanceOn, DateOnly? WarrantyUntil, DateOnly? DecommissionedOn, bool DueSoon, uint Version)
{
    public bool Overdue(DateOnly today) => NextMaintenanceOn is { } next && next < today;
}

public sealed record EquipmentList(DateOnly Today, string Currency, IReadOnlyList<EquipmentRow> Rows, IReadOnlyList<(string Code, string Name)> Departments, bool CanManage);

public sealed record MaintenanceView(DateOnly PerformedOn, MaintenanceKind Kind, string PerformedBy, decimal Cost, string? Notes, DateOnly? NextDueOn);

public sealed record StatusChangeView(DateTimeOffset At, EquipmentStatus From, EquipmentStatus To, string Reason, string? By);

public sealed record EquipmentHistory(IReadOnlyList<MaintenanceView> Maintenance, IReadOnlyList<StatusChangeView> Statuses);

/// <summary>A broken machine as the board shows it, at its department's stage.</summary>
public sealed record BrokenMachine(WorkflowStageName Stage, string Name, string DepartmentCode, string? Reason);

public sealed record EquipmentAlertSummary(DateOnly Today, IReadOnlyList<EquipmentRow> Due, IReadOnlyList<EquipmentRow> Broken);

public sealed class MaintenanceInput
{
    public DateTime? PerformedOn { get; set; }

    public MaintenanceKind Kind { get; set; } = MaintenanceKind.Preventive;

    /// <summary>True: an outside company did it (<see cref="Company"/>); false: a staff member (<see cref="PerformedById"/>).</summary>
    public bool External { get; set; }

    public Guid? PerformedById { get; set; }

    public string Company { get; set; } = "";

    public decimal Cost { get; set; }

    public string Notes { get; set; } = "";

    public DateTime? NextDueOn { get; set; }
}

/// <summary>The allowed status transitions, in one table.</summary>
public static class EquipmentRules
{
    private static readonly Dictionary<EquipmentStatus, EquipmentStatus[]> Allowed = new()
    {
        [EquipmentStatus.Active] = [EquipmentStatus.Maintenance, EquipmentStatus.Inactive, EquipmentStatus.Broken, EquipmentStatus.Decommissioned],
        [EquipmentStatus.Maintenance] = [EquipmentStatus.Active, EquipmentStatus.Inactive, EquipmentStatus.Broken, EquipmentStatus.Decommissioned],
        [EquipmentStatus.Inactive] = [EquipmentStatus.Active, EquipmentStatus.Maintenance, EquipmentStatus.Decommissioned],
        [EquipmentStatus.Broken] = [EquipmentStatus.Maintenance, EquipmentStatus.Active, EquipmentStatus.Inactive, EquipmentStatus.Decommissioned],
        [EquipmentStatus.Decommissioned] = [],
    };

    public static IReadOnlyList<EquipmentStatus> Next(EquipmentStatus from) => Allowed.GetValueOrDefault(from) ?? [];

    public static string? Refusal(EquipmentStatus from, EquipmentStatus to) =>
        from == to ? $"The machine is already {Labels.Label(to).ToLowerInvariant()}."
        : Next(from).Contains(to) ? null
        : from == EquipmentStatus.Decommissioned ? "A decommissioned machine stays decommissioned; it is kept as history."
        : $"A machine that is {Labels.Label(from).ToLowerInvariant()} cannot become {Labels.Label(to).ToLowerInvariant()}.";

    /// <summary>What the menu item says for a transition.</summary>
    public static string Action(EquipmentStatus to) => to switch
    {
        EquipmentStatus.Active => "Put back in service…",
        EquipmentStatus.Maintenance => "Send to maintenance…",
        EquipmentStatus.Inactive => "Set inactive…",
        EquipmentStatus.Broken => "Mark broken…",
        EquipmentStatus.Decommissioned => "Decommission…",
        _ => to.ToString(),
    };
}
