namespace DentalLab.Data.Entities;

/// <summary>
/// A stock receipt (an inventory transaction of type "in") booked to the department it was bought for: its value
/// (quantity x unit cost) counts against that department's budget.
/// </summary>
public class DepartmentStockReceipt : Entity, IAudited
{
    public Guid TransactionId { get; set; }

    public InventoryTransaction? Transaction { get; set; }

    public Guid DepartmentId { get; set; }

    public Department? Department { get; set; }

    public Guid? BookedById { get; set; }
}
