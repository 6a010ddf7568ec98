using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Data.Seed;

/// <summary>
/// The floor's history the other generators leave out: each machine's maintenance log and status changes,
/// certifications with expiry dates (some expiring soon), and stock receipts booked to the departments they were
/// bought for, so that every department's "spent" comes from real bookings.
/// </summary>
internal static class DemoFloor
{
    private static readonly string[] Companies = ["Dental Service Partners", "MillCare GmbH", "FurnaceTech Ltd", "Scan & Calibrate Co."];

    public static async Task SeedAsync(IDbContextFactory<LabDbContext> dbFactory, DemoWorld world, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var machines = await db.DepartmentEquipment.Include(e => e.Department).ToListAsync(ct);
        var staffUsers = await db.StaffProfiles.Select(p => new { p.UserId, p.DepartmentId }).ToListAsync(ct);
        var changes = new List<(Entity Row, DateTimeOffset At)>();
        foreach (var machine in machines)
        {
            var crew = staffUsers.Where(s => s.DepartmentId == machine.DepartmentId).Select(s => s.UserId).ToList();
            if (machine.LastMaintenanceOn is { } last)
            {
                // The latest service matches last_maintenance_on; one or two older ones before it.
                var services = world.Between(1, 3);
                for (var i = 0; i < services; i++)
                {
                    var on = last.AddDays(-180 * i);
                    if (machine.PurchasedOn is { } bought && on < bought)
                    {
                        break;
                    }

                    var kind = i == 0 && machine.Status == EquipmentStatus.Maintenance ? MaintenanceKind.Calibration : world.Pick([MaintenanceKind.Preventive, MaintenanceKind.Preventive, MaintenanceKind.Calibration, MaintenanceKind.Repair]);
                    var external = crew.Count == 0 || world.Chance(0.5);
                    db.MaintenanceLog.Add(new MaintenanceLogEntry
                    {
                        EquipmentId = machine.Id,
                        PerformedOn = on,
                        Kind = kind,
                        PerformedById = external ? null : world.Pick(crew),
                        PerformedByCompany = external ? world.Pick(Companies) : null,
                        Cost = kind == MaintenanceKind.Repair ? world.Between(300, 2400) : world.Between(80, 650),
                        Notes = kind switch
                        {
                            MaintenanceKind.Repair => "Replaced worn parts; test run passed.",
                            MaintenanceKind.Calibration => "Calibrated against the reference body; within tolerance.",
                            _ => "Cleaned, lubricated, filters changed.",
                        },
                        NextDueOn = i == 0 ? machine.NextMaintenanceOn is { } next && next > on ? next : null : on.AddDays(180),
                        RecordedById = world.ManagerId,
                    });
                }
            }

            if (machine.Status != EquipmentStatus.Active)
            {
                var reason = machine.Notes ?? "Taken out of daily use.";
                machine.StatusReason = reason;
                var change = new EquipmentStatusChange
                {
                    EquipmentId = machine.Id, FromStatus = EquipmentStatus.Active, ToStatus = machine.Status, Reason = reason, ChangedById = world.ManagerId,
                };
                db.EquipmentStatusChanges.Add(change);
                changes.Add((change, world.Now.AddDays(-world.Between(1, 20))));
            }

            if (machine.Status == EquipmentStatus.Decommissioned)
            {
                machine.DecommissionedOn = world.Today.AddDays(-world.Between(30, 300));
            }
        }

        // Certifications with an issuer and expiry; about one in three expires within the next 60 days.
        foreach (var profile in await db.StaffProfiles.Where(p => p.Certifications != null).ToListAsync(ct))
        {
            var soon = world.Chance(0.35);
            var cdt = world.Today.AddDays(soon ? world.Between(5, 55) : world.Between(120, 700));
            var zirkonzahn = world.Today.AddDays(world.Between(200, 900));
            profile.Certifications = $$"""[{"name":"CDT","issuer":"National Board for Certification in Dental Laboratory Technology","expires":"{{cdt:yyyy-MM-dd}}"},{"name":"Zirkonzahn certified","issuer":"Zirkonzahn","expires":"{{zirkonzahn:yyyy-MM-dd}}"}]""";
        }

        // Stock received this year, booked to the department it was bought for (by what the item is used for).
        var yearStart = new DateOnly(world.Today.Year, 1, 1);
        var since = new DateTimeOffset(yearStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var receipts = await db.InventoryTransactions.AsNoTracking()
            .Where(t => t.Type == InventoryTransactionType.In && t.OccurredAt >= since)
            .Select(t => new { t.Id, t.Item!.Name, t.Item.Category })
            .OrderBy(t => t.Id)
            .ToListAsync(ct);
        var byCode = machines.Select(m => m.Department!).DistinctBy(d => d.Id).ToDictionary(d => d.Code, d => d.Id);
        foreach (var receipt in receipts)
        {
            if (world.Chance(0.25))
            {
                continue; // not every delivery is bought for one department
            }

            var name = receipt.Name.ToLowerInvariant();
            var code = name.Contains("zirconia") || name.Contains("disc") || name.Contains("bur") || name.Contains("pmma") || name.Contains("titanium") ? "MILL"
                : name.Contains("ceram") || name.Contains("glaze") || name.Contains("stain") || name.Contains("porcelain") ? "CERA"
                : name.Contains("resin") || name.Contains("scan") || name.Contains("model") ? "SCAN"
                : world.Pick(["QCD", "MILL", "CERA", "SCAN"]);
            if (byCode.TryGetValue(code, out var departmentId))
            {
                db.DepartmentStockReceipts.Add(new DepartmentStockReceipt { TransactionId = receipt.Id, DepartmentId = departmentId, BookedById = world.ManagerId });
            }
        }

        await db.SaveChangesAsync(ct);
        await DemoDataGenerator.BackdateAsync(db, changes, ct);
        await db.Database.ExecuteSqlRawAsync(DepartmentsSql.RefreshBudgetSpent, [new NpgsqlParameter("year_start", yearStart)], ct);
    }
}
