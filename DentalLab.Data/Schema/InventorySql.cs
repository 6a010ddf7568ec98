namespace DentalLab.Data.Schema;

/// <summary>Hand-written SQL for the inventory tables, run by the migrations.</summary>
public static class InventorySql
{
    /// <summary>
    /// Trigram indexes for the item list's "contains" search (ILIKE '%text%' on SKU, name and lot number): a b-tree
    /// cannot serve a leading wildcard, a GIN trigram index can. (EF's model keeps the b-tree indexes.)
    /// </summary>
    public const string SearchIndexes = """
        CREATE INDEX IF NOT EXISTS ix_inventory_items_sku_trgm ON inventory_items USING gin (sku gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_inventory_items_name_trgm ON inventory_items USING gin (name gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_material_lots_lot_number_trgm ON material_lots USING gin (lot_number gin_trgm_ops);
        """;
}
