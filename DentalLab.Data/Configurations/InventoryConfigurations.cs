using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> b)
    {
        b.ToTable("suppliers", t =>
        {
            t.HasCheckConstraint("ck_suppliers_rating_range", "rating IS NULL OR rating BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_suppliers_lead_time_non_negative", "lead_time_days IS NULL OR lead_time_days >= 0");
        });
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.ContactName).HasMaxLength(200);
        b.Property(s => s.Email).HasMaxLength(256);
        b.Property(s => s.Phone).HasMaxLength(50);
        b.Property(s => s.Address).HasMaxLength(500);
        b.Property(s => s.Website).HasMaxLength(300);
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.Property(s => s.Version).IsRowVersion();
        // A deleted supplier's name can be reused.
        b.HasIndex(s => s.Name).IsUnique().HasFilter("deleted_at IS NULL").HasDatabaseName("ix_suppliers_name_unique");
        b.HasIndex(s => s.IsActive);
        b.HasIndex(s => s.Email);
    }
}

internal sealed class InventoryItemConfiguration : IEntityTypeConfiguration<InventoryItem>
{
    public void Configure(EntityTypeBuilder<InventoryItem> b)
    {
        b.ToTable("inventory_items", t =>
        {
            t.HasCheckConstraint("ck_inventory_items_quantity_on_hand_non_negative", "quantity_on_hand >= 0");
            t.HasCheckConstraint("ck_inventory_items_reorder_level_non_negative", "reorder_level >= 0");
            t.HasCheckConstraint("ck_inventory_items_reorder_quantity_non_negative", "reorder_quantity >= 0");
            t.HasCheckConstraint("ck_inventory_items_unit_cost_non_negative", "unit_cost >= 0");
        });
        b.Property(i => i.Sku).HasMaxLength(64).IsRequired();
        b.Property(i => i.Name).HasMaxLength(200).IsRequired();
        b.Property(i => i.Description).HasMaxLength(2000);
        b.Property(i => i.Unit).HasMaxLength(20).IsRequired();
        b.Property(i => i.QuantityOnHand).HasPrecision(12, 3);
        b.Property(i => i.ReorderLevel).HasPrecision(12, 3);
        b.Property(i => i.ReorderQuantity).HasPrecision(12, 3);
        b.Property(i => i.UnitCost).HasPrecision(12, 2);
        b.Property(i => i.Location).HasMaxLength(100);
        b.Property(i => i.Version).IsRowVersion();
        // Stock changes only through a movement (a conditional UPDATE next to its ledger row): an edit of the item
        // through EF never writes the quantity, whatever the tracked entity says.
        b.Property(i => i.QuantityOnHand).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        b.Ignore(i => i.IsLowStock);
        b.HasOne(i => i.Supplier).WithMany(s => s.Items).HasForeignKey(i => i.SupplierId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(i => i.Sku).IsUnique();
        b.HasIndex(i => i.Name);
        // The item list's ILIKE '%text%' search on SKU, name and lot number has trigram indexes: InventorySql.SearchIndexes.
        b.HasIndex(i => i.Category);
        b.HasIndex(i => i.SupplierId);
        // Low-stock alerts: WHERE quantity_on_hand <= reorder_level over live items.
        b.HasIndex(i => new { i.QuantityOnHand, i.ReorderLevel })
            .HasFilter("deleted_at IS NULL")
            .HasDatabaseName("ix_inventory_items_low_stock");
    }
}

internal sealed class InventoryTransactionConfiguration : IEntityTypeConfiguration<InventoryTransaction>
{
    public void Configure(EntityTypeBuilder<InventoryTransaction> b)
    {
        b.ToTable("inventory_transactions", t =>
        {
            t.HasCheckConstraint("ck_inventory_transactions_quantity_non_zero", "quantity <> 0");
            t.HasCheckConstraint("ck_inventory_transactions_quantity_after_non_negative", "quantity_after >= 0");
            t.HasCheckConstraint("ck_inventory_transactions_unit_cost_non_negative", "unit_cost IS NULL OR unit_cost >= 0");
        });
        b.Property(x => x.Quantity).HasPrecision(12, 3);
        b.Property(x => x.QuantityAfter).HasPrecision(12, 3);
        b.Property(x => x.UnitCost).HasPrecision(12, 2);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasOne(x => x.Item).WithMany(i => i.Transactions).HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Lot).WithMany().HasForeignKey(x => x.LotId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Supplier).WithMany().HasForeignKey(x => x.SupplierId).OnDelete(DeleteBehavior.SetNull);
        // A supplier's receipts by month.
        b.HasIndex(x => new { x.SupplierId, x.OccurredAt }).HasFilter("supplier_id IS NOT NULL");
        b.HasOne(x => x.PerformedBy).WithMany().HasForeignKey(x => x.PerformedById).OnDelete(DeleteBehavior.SetNull);
        // An item's history, newest first.
        b.HasIndex(x => new { x.ItemId, x.OccurredAt }).IsDescending(false, true);
        b.HasIndex(x => x.Type);
        b.HasIndex(x => x.OccurredAt);
        b.HasIndex(x => x.LotId);
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.PerformedById);
        b.HasIndex(x => x.Reference);
    }
}

internal sealed class MaterialLotConfiguration : IEntityTypeConfiguration<MaterialLot>
{
    public void Configure(EntityTypeBuilder<MaterialLot> b)
    {
        b.ToTable("material_lots", t =>
        {
            t.HasCheckConstraint("ck_material_lots_expires_after_received", "expires_on IS NULL OR expires_on >= received_on");
            t.HasCheckConstraint("ck_material_lots_quantity_received_positive", "quantity_received > 0");
            t.HasCheckConstraint(
                "ck_material_lots_quantity_remaining_range",
                "quantity_remaining >= 0 AND quantity_remaining <= quantity_received");
        });
        b.Property(l => l.LotNumber).HasMaxLength(100).IsRequired();
        b.Property(l => l.QuantityReceived).HasPrecision(12, 3);
        b.Property(l => l.QuantityRemaining).HasPrecision(12, 3);
        b.Property(l => l.Version).IsRowVersion();
        b.Property(l => l.QuantityRemaining).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        b.Ignore(l => l.IsBlocked);
        b.HasOne(l => l.Item).WithMany(i => i.Lots).HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Supplier).WithMany(s => s.Lots).HasForeignKey(l => l.SupplierId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(l => new { l.ItemId, l.LotNumber }).IsUnique();
        // Recall search by lot number alone (the manufacturer's notice may not name our SKU).
        b.HasIndex(l => l.LotNumber);
        b.HasIndex(l => l.SupplierId);
        b.HasIndex(l => l.ExpiresOn);
        b.HasIndex(l => l.ReceivedOn);
    }
}

internal sealed class CaseMaterialConfiguration : IEntityTypeConfiguration<CaseMaterial>
{
    public void Configure(EntityTypeBuilder<CaseMaterial> b)
    {
        b.ToTable("case_materials", t => t.HasCheckConstraint("ck_case_materials_quantity_positive", "quantity > 0"));
        b.Property(m => m.Quantity).HasPrecision(12, 3);
        b.Property(m => m.Notes).HasMaxLength(500);
        b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Item).WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Lot).WithMany(l => l.CaseMaterials).HasForeignKey(m => m.LotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.RecordedBy).WithMany().HasForeignKey(m => m.RecordedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => m.CaseId);
        b.HasIndex(m => m.ItemId);
        b.HasIndex(m => m.LotId);
        b.HasIndex(m => m.RecordedById);
    }
}

internal sealed class LotRecallConfiguration : IEntityTypeConfiguration<LotRecall>
{
    public void Configure(EntityTypeBuilder<LotRecall> b)
    {
        b.ToTable("lot_recalls", t => t.HasCheckConstraint("ck_lot_recalls_counts_non_negative", "affected_cases >= 0 AND dentists_informed >= 0"));
        b.Property(r => r.Reason).HasMaxLength(1000).IsRequired();
        b.HasOne(r => r.Lot).WithMany(l => l.Recalls).HasForeignKey(r => r.LotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.RecalledBy).WithMany().HasForeignKey(r => r.RecalledById).OnDelete(DeleteBehavior.SetNull);
        // One recall per lot.
        b.HasIndex(r => r.LotId).IsUnique();
        b.HasIndex(r => r.RecalledById);
    }
}
