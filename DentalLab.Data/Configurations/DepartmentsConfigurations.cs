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
        b.HasOne(e => e.Department).WithMany(d => d.Equipment).HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.SerialNumber).IsUnique();
        b.HasIndex(e => new { e.DepartmentId, e.Status });
        b.HasIndex(e => e.Status);
        b.HasIndex(e => e.NextMaintenanceOn);
        b.HasIndex(e => e.WarrantyUntil);
    }
}
