using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Supplier> Suppliers => Set<Supplier>();

    public DbSet<InventoryItem> InventoryItems => Set<InventoryItem>();

    public DbSet<InventoryTransaction> InventoryTransactions => Set<InventoryTransaction>();

    public DbSet<MaterialLot> MaterialLots => Set<MaterialLot>();

    public DbSet<CaseMaterial> CaseMaterials => Set<CaseMaterial>();

    public DbSet<LotRecall> LotRecalls => Set<LotRecall>();
}
