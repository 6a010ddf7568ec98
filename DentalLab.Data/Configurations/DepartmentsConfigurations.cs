using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments", t =>
        {
            t.HasCheckConstraint("ck_departments_budget_non_negative", "budget >= 0");
            t.HasCheckConstraint("ck_departments_budget_spent_non_negative", "budget_spent >= 0");
            t.HasCheckConstraint("ck_departments_code_not_blank", "length(btrim(code)) > 0");
        });
        b.Property(d => d.Name).HasMaxLength(100).IsRequired();
        b.Property(d => d.Code).HasMaxLength(16).IsRequired();
        b.Property(d => d.Description).HasMaxLength(1000);
        b.Property(d => d.Budget).HasPrecision(12, 2);
        b.Property(d => d.BudgetSpent).HasPrecision(12, 2);
        b.Ignore(d => d.BudgetRemaining);
        b.HasOne(d => d.Manager).WithMany().HasForeignKey(d => d.ManagerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(d => d.Name).IsUnique();
        b.HasIndex(d => d.Code).IsUnique();
        b.HasIndex(d => d.ManagerId);
        b.HasIndex(d => d.Stage);
        b.HasIndex(d => d.IsActive);
    }
}

internal sealed class DepartmentEquipmentConfiguration : IEntityTypeConfiguration<DepartmentEquipment>
{
    public void Configure(EntityTypeBuilder<DepartmentEquipment> b)
    {
        b.ToTable("department_equipment", t =>
        {
            t.HasCheckConstraint(
                "ck_department_equipment_purchase_cost_non_negative", "purchase_cost IS NULL OR purchase_cost >= 0");
            t.HasCheckConstraint(
                "ck_department_equipment_next_after_last_maintenance",
                "next_maintenance_on IS NULL OR last_maintenance_on IS NULL OR next_maintenance_on >= last_maintenance_on");
        });
        b.Property(e => e.Name).HasMaxLength(200).IsRequired();
        b.Property(e => e.SerialNumber).HasMaxLength(100);
        b.Property(e => e.Model).HasMaxLength(100);
        b.Property(e => e.Manufacturer).HasMaxLength(100);
        b.Property(e => e.PurchaseCost).HasPrecision(12, 2);
        b.Property(e => e.Notes).HasMaxLength(4000);
        b.Property(e => e.StatusReason).HasMaxLength(500);
        b.Property(e => e.Version).IsRowVersion();
        b.HasOne(e => e.Department).WithMany(d => d.Equipment).HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.SerialNumber).IsUnique();
        b.HasIndex(e => new { e.DepartmentId, e.Status });
        b.HasIndex(e => e.Status);
        b.HasIndex(e => e.NextMaintenanceOn);
        b.HasIndex(e => e.WarrantyUntil);
    }
}

internal sealed class MaintenanceLogEntryConfiguration : IEntityTypeConfiguration<MaintenanceLogEntry>
{
    public void Configure(EntityTypeBuilder<MaintenanceLogEntry> b)
    {
        b.ToTable("maintenance_log", t =>
        {
            t.HasCheckConstraint("ck_maintenance_log_cost_non_negative", "cost >= 0");
            t.HasCheckConstraint("ck_maintenance_log_kind", "kind IN ('preventive', 'repair', 'calibration')");
            t.HasCheckConstraint(
                "ck_maintenance_log_performed_by_one",
                "(performed_by_id IS NOT NULL) <> (performed_by_company IS NOT NULL AND btrim(performed_by_company) <> '')");
            t.HasCheckConstraint("ck_maintenance_log_next_after_performed", "next_due_on IS NULL OR next_due_on > performed_on");
        });
        b.Property(m => m.Kind).HasConversion(
            k => k == MaintenanceKind.Preventive ? "preventive" : k == MaintenanceKind.Repair ? "repair" : "calibration",
            v => v == "preventive" ? MaintenanceKind.Preventive : v == "repair" ? MaintenanceKind.Repair : MaintenanceKind.Calibration)
            .HasMaxLength(16);
        b.Property(m => m.PerformedByCompany).HasMaxLength(200);
        b.Property(m => m.Cost).HasPrecision(12, 2);
        b.Property(m => m.Notes).HasMaxLength(4000);
        b.HasOne(m => m.Equipment).WithMany(e => e.MaintenanceLog).HasForeignKey(m => m.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.PerformedBy).WithMany().HasForeignKey(m => m.PerformedById).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(m => m.RecordedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => new { m.EquipmentId, m.PerformedOn });
        b.HasIndex(m => m.PerformedOn);
    }
}

internal sealed class EquipmentStatusChangeConfiguration : IEntityTypeConfiguration<EquipmentStatusChange>
{
    public void Configure(EntityTypeBuilder<EquipmentStatusChange> b)
    {
        b.ToTable("equipment_status_changes", t => t.HasCheckConstraint("ck_equipment_status_changes_reason", "length(btrim(reason)) > 0"));
        b.Property(c => c.Reason).HasMaxLength(500);
        b.HasOne(c => c.Equipment).WithMany().HasForeignKey(c => c.EquipmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ChangedBy).WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.EquipmentId, c.CreatedAt });
    }
}

internal sealed class MaintenanceReminderConfiguration : IEntityTypeConfiguration<MaintenanceReminder>
{
    public void Configure(EntityTypeBuilder<MaintenanceReminder> b)
    {
        b.ToTable("maintenance_reminders", t => t.HasCheckConstraint("ck_maintenance_reminders_kind", "kind IN ('week_before', 'due_day')"));
        b.Property(r => r.Kind).HasMaxLength(16);
        b.HasOne(r => r.Equipment).WithMany().HasForeignKey(r => r.EquipmentId).OnDelete(DeleteBehavior.Cascade);
        // The claim: one reminder per machine, due date and kind, whichever instance gets there first.
        b.HasIndex(r => new { r.EquipmentId, r.DueOn, r.Kind }).IsUnique();
    }
}

internal sealed class DepartmentStockReceiptConfiguration : IEntityTypeConfiguration<DepartmentStockReceipt>
{
    public void Configure(EntityTypeBuilder<DepartmentStockReceipt> b)
    {
        b.ToTable("department_stock_receipts");
        b.HasOne(r => r.Transaction).WithMany().HasForeignKey(r => r.TransactionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.BookedById).OnDelete(DeleteBehavior.SetNull);
        // A receipt is booked to one department at most.
        b.HasIndex(r => r.TransactionId).IsUnique();
        b.HasIndex(r => r.DepartmentId);
    }
}
