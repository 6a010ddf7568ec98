namespace DentalLab.Data.Entities;

/// <summary>A lab department (CAD design, milling...) with its manager, budget and equipment.</summary>
public class Department : Entity, ISoftDeletable, IAudited
{
    public string Name { get; set; } = "";

    /// <summary>Short code shown on tickets and boards, e.g. <c>MILL</c>.</summary>
    public string Code { get; set; } = "";

    public string? Description { get; set; }

    public Guid? ManagerId { get; set; }

    public User? Manager { get; set; }

    public decimal Budget { get; set; }

    public decimal BudgetSpent { get; set; }

    /// <summary>The production stage this department runs, if any.</summary>
    public WorkflowStageName? Stage { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<DepartmentEquipment> Equipment { get; set; } = [];

    public ICollection<StaffProfile> Staff { get; set; } = [];

    public decimal BudgetRemaining => Budget - BudgetSpent;
}
