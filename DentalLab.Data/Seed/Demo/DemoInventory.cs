using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static DentalLab.Data.Entities.InventoryCategory;

namespace DentalLab.Data.Seed;

/// <summary>
/// Suppliers, stock items and their ledger: every movement is a transaction with the running quantity after it,
/// lot-tracked materials are received in lots and issued lot by lot, some of them to recent cases
/// (case_materials), so a lot recall finds real cases. Stock never goes negative: a shortfall triggers a delivery.
/// </summary>
internal static class DemoInventory
{
    /// <summary>At most this many recent cases get material records (bounded whatever the number of cases).</summary>
    private const int CasesWithMaterials = 250;

    private sealed record SupplierSeed(string Name, string Contact, string Email, string Phone, string Address, string Website, short Rating, int LeadTime, bool Active);

    private sealed record ItemSeed(
        string Sku, string Name, InventoryCategory Category, string Unit, decimal UnitCost, int Supplier, bool LotTracked,
        decimal ReceiptQuantity, decimal WeeklyUse, string Location);

    internal sealed record CaseUse(Guid CaseId, string CaseNumber, ProcedureType Type, string? Material, int Units, DateTimeOffset At);

    private static readonly SupplierSeed[] _suppliers =
    [
        new("Ivoclar Vivadent", "Martina Huber", "orders@ivoclar-demo.test", "+423 235 35 35", "Bendererstrasse 2, 9494 Schaan, Liechtenstein", "https://ivoclar-demo.test", 5, 5, true),
        new("Zirkonzahn Supply", "Lukas Pichler", "sales@zirkonzahn-demo.test", "+39 0474 066 660", "An der Ahr 7, 39030 Gais, Italy", "https://zirkonzahn-demo.test", 4, 7, true),
        new("Dentsply Sirona Lab", "Rachel Gomez", "lab@dentsply-demo.test", "+1 717 845 7511", "13320 Ballantyne Corporate Pl, Charlotte, NC", "https://dentsply-demo.test", 4, 10, true),
        new("Kulzer", "Stefan Roth", "service@kulzer-demo.test", "+49 6181 9689 0", "Leipziger Straße 2, 63450 Hanau, Germany", "https://kulzer-demo.test", 3, 8, true),
        new("Amann Girrbach", "Eva Moser", "info@amanngirrbach-demo.test", "+43 5523 62333", "Herrschaftswiesen 1, 6842 Koblach, Austria", "https://amanngirrbach-demo.test", 4, 6, true),
        new("LabPack Supplies", "Dan O'Connor", "hello@labpack-demo.test", "+1 555 0188", "9 Depot Road, Springfield", "https://labpack-demo.test", 2, 3, false),
    ];

    private static readonly ItemSeed[] _items =
    [
        new("ZR-ML-A2", "Zirconia multilayer disc 98×14 mm, A2", Materials, "disc", 145m, 1, true, 10, 0.6m, "Mill room, shelf A1"),
        new("ZR-ML-A3", "Zirconia multilayer disc 98×14 mm, A3", Materials, "disc", 145m, 1, true, 10, 0.5m, "Mill room, shelf A1"),
        new("ZR-HT-BL", "Zirconia high-translucency disc 98×18 mm, BL", Materials, "disc", 168m, 1, true, 6, 0.2m, "Mill room, shelf A2"),
        new("LD-HT-A2", "Lithium disilicate block HT A2 (C14)", Materials, "block", 18.5m, 0, true, 60, 2m, "Ceramics, drawer 3"),
        new("PMMA-CLR", "PMMA disc 98×20 mm, clear", Materials, "disc", 62m, 4, true, 8, 0.4m, "Mill room, shelf B1"),
        new("TI-BLANK-10", "Titanium abutment blank Ø10 mm", Materials, "pcs", 38m, 2, true, 30, 0.8m, "Mill room, cabinet T"),
        new("COCR-DISC", "CoCr sintered-metal disc 98×12 mm", Materials, "disc", 210m, 4, true, 4, 0.1m, "Mill room, shelf B2"),
        new("PETG-075", "PETG thermoforming sheet 0.75 mm", Materials, "sheet", 1.9m, 2, true, 400, 20m, "Design, cabinet 2"),
        new("ACR-BASE-1K", "Denture base acrylic powder", Materials, "kg", 54m, 3, true, 6, 0.2m, "Denture bench"),
        new("DEN-TEETH-28", "Acrylic denture teeth set (28)", Materials, "set", 24m, 3, true, 20, 0.5m, "Denture bench"),
        new("RESIN-MODEL", "Model resin (3D printing)", Materials, "L", 149m, 2, true, 6, 0.4m, "Design, printer room"),
        new("GYPS-IV-25", "Type IV die stone", Materials, "kg", 3.2m, 3, false, 100, 6m, "Plaster room"),
        new("BUR-ZR-20", "Milling bur 2.0 mm, zirconia", Tools, "pcs", 42m, 4, false, 20, 1m, "Mill room, tool cabinet"),
        new("BUR-ZR-10", "Milling bur 1.0 mm, zirconia", Tools, "pcs", 39m, 4, false, 20, 1.2m, "Mill room, tool cabinet"),
        new("BUR-TI-15", "Milling bur 1.5 mm, titanium", Tools, "pcs", 55m, 4, false, 10, 0.4m, "Mill room, tool cabinet"),
        new("POL-ZR-KIT", "Zirconia polishing kit", Tools, "kit", 96m, 0, false, 4, 0.15m, "Ceramics, drawer 1"),
        new("FURN-ELEM", "Furnace heating element MoSi2", Equipment, "pcs", 380m, 0, false, 2, 0.02m, "Store room"),
        new("COLLET-3MM", "Spindle collet 3 mm", Equipment, "pcs", 120m, 4, false, 3, 0.05m, "Store room"),
        new("GLAZE-3G", "Glaze paste 3 g", Consumables, "syringe", 21m, 0, true, 30, 1.5m, "Ceramics, drawer 2"),
        new("STAIN-KIT", "Stain kit, 12 shades", Consumables, "kit", 189m, 0, false, 2, 0.05m, "Ceramics, drawer 2"),
        new("SINTER-BEADS", "Sintering beads 100 g", Consumables, "pack", 29m, 1, false, 10, 0.3m, "Ceramics, furnace bench"),
        new("GLOVES-M", "Nitrile gloves M (100)", Consumables, "box", 7.5m, 5, false, 40, 3m, "Store room"),
        new("BOX-SHIP", "Shipping box with foam insert", Supplies, "pcs", 1.1m, 5, false, 300, 12m, "Dispatch"),
        new("LABEL-ROLL", "Case label roll (500)", Supplies, "roll", 14m, 5, false, 6, 0.2m, "Dispatch"),
        new("DISINF-1L", "Impression disinfectant", Supplies, "L", 16m, 3, false, 12, 0.6m, "Receiving"),
    ];

    public static async Task SeedAsync(IDbContextFactory<LabDbContext> dbFactory, DemoWorld world, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var uses = await RecentCaseUsesAsync(db, ct);
        var backdated = new List<(Entity Row, DateTimeOffset At)>();
        var suppliers = _suppliers.Select(s => AddSupplier(db, s)).ToList();
        foreach (var seed in _items)
        {
            var item = new InventoryItem
            {
                Sku = seed.Sku,
                Name = seed.Name,
                Category = seed.Category,
                Unit = seed.Unit,
                UnitCost = seed.UnitCost,
                Supplier = suppliers[seed.Supplier],
                Location = seed.Location,
                IsLotTracked = seed.LotTracked,
                ReorderQuantity = seed.ReceiptQuantity,
            };
            db.Add(item);
            var ledger = new DemoLedger(db, world, item, suppliers[seed.Supplier], backdated);
            ledger.Run(Movements(world, seed, uses));
            ledger.Finish(lowStock: world.Chance(0.3));
        }

        await db.SaveChangesAsync(ct);
        await DemoDataGenerator.BackdateAsync(db, backdated, ct);
    }

    private static Supplier AddSupplier(LabDbContext db, SupplierSeed seed)
    {
        var supplier = new Supplier
        {
            Name = seed.Name,
            ContactName = seed.Contact,
            Email = seed.Email,
            Phone = seed.Phone,
            Address = seed.Address,
            Website = seed.Website,
            Rating = seed.Rating,
            LeadTimeDays = seed.LeadTime,
            IsActive = seed.Active,
            Notes = seed.Active ? null : "Late deliveries twice this year; orders paused.",
        };
        db.Add(supplier);
        return supplier;
    }

    /// <summary>The most recent cases that reached the stage where material is used (milling; design for dentures).</summary>
    private static async Task<List<CaseUse>> RecentCaseUsesAsync(LabDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<WorkflowStage>().AsNoTracking()
            .Where(s => s.Attempt == 1 && s.StartedAt != null
                && (s.Status == WorkflowStatus.Completed || s.Status == WorkflowStatus.InProgress)
                && (s.Stage == WorkflowStageName.Milling
                    || (s.Stage == WorkflowStageName.Design && s.Case!.ProcedureType == ProcedureType.Denture)))
            .OrderByDescending(s => s.StartedAt)
            .Take(CasesWithMaterials)
            .Select(s => new CaseUse(s.CaseId, s.Case!.CaseNumber, s.Case.ProcedureType, s.Case.Material, s.Case.Units, s.StartedAt!.Value))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.At)];
    }

    /// <summary>An item's movements over the last six months, before stock is checked: use by cases, daily use, counts, damage.</summary>
    private static List<DemoMovement> Movements(DemoWorld world, ItemSeed seed, List<CaseUse> uses)
    {
        var movements = new List<DemoMovement>();
        foreach (var use in uses)
        {
            var quantity = CaseQuantity(world, seed.Sku, use);
            if (quantity > 0)
            {
                movements.Add(new DemoMovement(use.At, InventoryTransactionType.Out, -quantity, use, "Used in production"));
            }
        }

        var start = world.Now.AddDays(-175);
        for (var week = start.AddDays(3); week < world.Now; week = week.AddDays(7))
        {
            var quantity = Math.Round(seed.WeeklyUse * (decimal)world.Between(0.5, 1.5), seed.Unit is "pcs" or "box" or "kit" ? 0 : 3);
            if (quantity > 0 && (!IsCaseMaterial(seed.Sku) || uses.Count == 0))
            {
                movements.Add(new DemoMovement(week.AddHours(world.Between(0, 48)), InventoryTransactionType.Out, -quantity, null, "Bench use"));
            }
        }

        if (world.Chance(0.5))
        {
            movements.Add(new DemoMovement(world.Now.AddDays(-world.Between(5, 150)), InventoryTransactionType.Damage, -1, null, "Dropped and chipped during handling"));
        }

        var counted = world.Now.AddDays(-world.Between(20, 40));
        // Lots never hold more than was received, so only untracked stock can be found over.
        var delta = !seed.LotTracked && world.Chance(0.5) ? 1 : -1;
        movements.Add(new DemoMovement(counted, InventoryTransactionType.Adjustment, delta, null, "Monthly stock count"));
        return [.. movements.OrderBy(m => m.At)];
    }

    private static bool IsCaseMaterial(string sku) =>
        sku is "ZR-ML-A2" or "ZR-ML-A3" or "ZR-HT-BL" or "LD-HT-A2" or "PMMA-CLR" or "TI-BLANK-10" or "COCR-DISC" or "PETG-075" or "ACR-BASE-1K" or "DEN-TEETH-28";

    private static decimal CaseQuantity(DemoWorld world, string sku, CaseUse use)
    {
        var glass = use.Material?.Contains("disilicate", StringComparison.OrdinalIgnoreCase) == true;
        var zirconia = !glass && use.Type is ProcedureType.Crown or ProcedureType.Bridge or ProcedureType.Implant;
        return (sku, use.Type) switch
        {
            ("ZR-ML-A2" or "ZR-ML-A3" or "ZR-HT-BL", _) when zirconia && ZirconiaSku(use) == sku => Math.Round(0.12m * use.Units, 3),
            ("LD-HT-A2", ProcedureType.Crown or ProcedureType.Veneer or ProcedureType.Inlay or ProcedureType.Onlay or ProcedureType.Implant) when glass => use.Units,
            ("TI-BLANK-10", ProcedureType.Implant) => use.Units,
            ("COCR-DISC", ProcedureType.PartialDenture) => 0.25m,
            ("PMMA-CLR", ProcedureType.NightGuard) => 0.3m,
            ("PETG-075", ProcedureType.Aligner) => 12m * use.Units,
            ("ACR-BASE-1K", ProcedureType.Denture) => 0.15m * use.Units,
            ("DEN-TEETH-28", ProcedureType.Denture) => use.Units,
            _ => 0m,
        };
    }

    /// <summary>The disc a zirconia case is milled from (fixed per case, so the choice does not depend on the item order).</summary>
    private static string ZirconiaSku(CaseUse use) => ((use.CaseNumber[^1] - '0') % 5) switch
    {
        0 or 1 => "ZR-ML-A2",
        2 or 3 => "ZR-ML-A3",
        _ => "ZR-HT-BL",
    };
}
