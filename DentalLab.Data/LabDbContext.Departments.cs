using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DepartmentEquipment> DepartmentEquipment => Set<DepartmentEquipment>();

    public DbSet<MaintenanceLogEntry> MaintenanceLog => Set<MaintenanceLogEntry>();

    public DbSet<EquipmentStatusChange> EquipmentStatusChanges => Set<EquipmentStatusChange>();

    public DbSet<MaintenanceReminder> MaintenanceReminders => Set<MaintenanceReminder>();

    public DbSet<DepartmentStockReceipt> DepartmentStockReceipts => Set<DepartmentStockReceipt>();
}
