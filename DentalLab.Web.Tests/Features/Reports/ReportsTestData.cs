using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>
/// A small lab with known answers for November 2026 in New York (UTC−4 until 1 November 02:00, UTC−5 after), built into an app without demo data. Several
/// rows sit just across a period boundary: 03:00 UTC on 1 December is still 30 November in New York, 03:00 UTC on
/// 1 November is still 31 October. The expected figures are in the comments next to the rows and in the tests.
/// </summary>
internal sealed class ReportsTestData
{
    public static readonly ReportPeriod November = ReportPeriod.Of(PeriodKind.Month, new DateOnly(2026, 11, 1));

    public Guid ManagerId { get; private set; }
    public Guid TechnicianOne { get; private set; }
    /// <summary>A front-desk user whose role was given reports.view (not reports.export) in this app.</summary>
    public Guid ViewerId { get; private set; }
    public Guid TechnicianTwo { get; private set; }
    public Guid DentistOne { get; private set; }
    public Guid DentistTwo { get; private set; }
    public Guid DesignDepartment { get; private set; }
    public string RemakeOne { get; private set; } = "";
    public string RemakeTwo { get; private set; } = "";

    public static async Task<ReportsTestData> BuildAsync(LabApp app)
    {
        var data = new ReportsTestData();
        await data.BuildInto(app);
        return data;
    }

    internal static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private async Task BuildInto(LabApp app)
    {
        await using var db = app.Db();
        await db.Settings.Where(s => s.Key == SettingKeys.TimeZone).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "\"America/New_York\""));
        app.Services.GetRequiredService<LabSettings>().Invalidate();

        ManagerId = User(db, "reports.manager@lab.test", "Mara Manager", UserRole.Manager);
        TechnicianOne = User(db, "reports.t1@lab.test", "Tess One", UserRole.Technician);
        TechnicianTwo = User(db, "reports.t2@lab.test", "Theo Two", UserRole.Technician);
        ViewerId = User(db, "reports.viewer@lab.test", "Vera Viewer", UserRole.Staff);
        var view = await db.Permissions.SingleAsync(p => p.Code == PermissionCodes.ReportsView);
        db.Add(new RolePermission { RoleId = SeedData.RoleId(UserRole.Staff), PermissionId = view.Id });
        var design = new Department { Name = "Design room", Code = "DSN", Stage = WorkflowStageName.Design };
        var milling = new Department { Name = "Milling room", Code = "MIL", Stage = WorkflowStageName.Milling };
        db.AddRange(design, milling);
        db.Add(new StaffProfile { UserId = TechnicianOne, Department = design, EmployeeNumber = "R-1", JobTitle = "Designer", HiredOn = new DateOnly(2020, 1, 1) });
        db.Add(new StaffProfile { UserId = TechnicianTwo, Department = design, EmployeeNumber = "R-2", JobTitle = "Designer", HiredOn = new DateOnly(2021, 1, 1) });
        var d1 = Dentist(db, "Alpha Dental");
        var d2 = Dentist(db, "Beta Smiles");
        await db.SaveChangesAsync();
        DesignDepartment = design.Id;
        DentistOne = d1.Id;
        DentistTwo = d2.Id;

        // Invoices. November: 3 invoices, 350 invoiced, 150 paid, 200 outstanding, 10 days to pay. October: 1, 80, 80, 0, 4 days.
        Invoice(db, d1, new DateOnly(2026, 11, 3), 100m, 100m, InvoiceStatus.Paid, At(11, 13, 15));
        Invoice(db, d1, new DateOnly(2026, 11, 20), 50m, 0m, InvoiceStatus.Sent, null);
        Invoice(db, d2, new DateOnly(2026, 11, 30), 200m, 50m, InvoiceStatus.Sent, null);
        Invoice(db, d2, new DateOnly(2026, 10, 15), 80m, 80m, InvoiceStatus.Paid, At(10, 19, 12));
        Invoice(db, d1, new DateOnly(2026, 11, 5), 999m, 0m, InvoiceStatus.Draft, null); // drafts do not count
        Invoice(db, d2, new DateOnly(2026, 12, 1), 70m, 0m, InvoiceStatus.Sent, null); // December

        // Cases. Delivered in November (New York): C1 on time (4 business days), C2 late (5, delivered 03:00 UTC on 1 Dec),
        // C4 late (4). C3 was delivered 03:00 UTC on 1 Nov = 31 Oct in New York: October, on time, 4 business days.
        var c1 = Case(db, d1, ProcedureType.Crown, At(11, 2, 14), new DateOnly(2026, 11, 6), At(11, 6, 20));
        var c2 = Case(db, d1, ProcedureType.Crown, At(11, 23, 14), new DateOnly(2026, 11, 27), At(12, 1, 3));
        var c3 = Case(db, d2, ProcedureType.Bridge, At(10, 26, 14), new DateOnly(2026, 11, 2), At(11, 1, 3));
        var c4 = Case(db, d2, ProcedureType.Bridge, At(11, 9, 14), new DateOnly(2026, 11, 12), At(11, 13, 16));
        var c5 = Case(db, d2, ProcedureType.Crown, At(11, 25, 14), new DateOnly(2026, 12, 4), null);
        await db.SaveChangesAsync();

        // Stages. Technician one in November: 3 completed, 2 on time, 1 sent back by QC (C4 design), 1 in October.
        // Technician two: 2 completed, both on time (one at 04:00 UTC on 1 Dec = 30 Nov, 23:00 in New York).
        Stage(db, c1, WorkflowStageName.Design, 1, TechnicianOne, At(11, 3, 14), At(11, 3, 16), 3m);
        Stage(db, c1, WorkflowStageName.Milling, 1, TechnicianOne, At(11, 4, 14), At(11, 4, 20), 2m);
        Stage(db, c4, WorkflowStageName.Design, 1, TechnicianOne, At(11, 10, 14), At(11, 10, 15), 1m);
        var qcFailed = new WorkflowStage { CaseId = c4.Id, Stage = WorkflowStageName.QualityControl, Position = 6, Attempt = 1, Status = WorkflowStatus.Failed,
            StartedAt = At(11, 10, 16), CompletedAt = At(11, 10, 17), QcFailedReason = "Margin short", ExpectedHours = 1m };
        db.Add(qcFailed);
        // Its QC record: margins and shade failed, contacts and occlusion passed.
        db.Add(new QcRecord { CaseId = c4.Id, Stage = qcFailed, Attempt = 1, Passed = false, CheckedById = TechnicianTwo, CheckedAt = At(11, 10, 17),
            ReturnedTo = WorkflowStageName.Design, Reason = "Margin short",
            Items = """[{"text":"Margins","passed":false},{"text":"Contacts","passed":true},{"text":"Shade match","passed":false},{"text":"Occlusion","passed":true}]""" });
        Stage(db, c4, WorkflowStageName.Design, 2, TechnicianTwo, At(11, 11, 14), At(11, 11, 15), 1m);
        Stage(db, c3, WorkflowStageName.Design, 1, TechnicianOne, At(10, 27, 14), At(10, 27, 15), 2m);
        Stage(db, c2, WorkflowStageName.Design, 1, TechnicianTwo, At(11, 30, 20), At(12, 1, 4), 10m);
        db.Add(new WorkflowStage { CaseId = c5.Id, Stage = WorkflowStageName.Design, Position = 3, Attempt = 1, Status = WorkflowStatus.InProgress,
            StartedAt = At(11, 25, 15), ExpectedHours = 2m }); // work in progress in the design room

        // Remakes. R1 (of C1, lab pays) and R2 (of C3, dentist pays, received 30 Nov 23:30 in New York) in November;
        // R3 (of C3, split) received 22:00 on 31 Oct in New York: October.
        var r1 = Case(db, d1, ProcedureType.Crown, At(11, 16, 14), new DateOnly(2026, 11, 20), null, c1, "Shade mismatch", RemakePayer.Lab);
        var r2 = Case(db, d2, ProcedureType.Bridge, At(12, 1, 4, 30), new DateOnly(2026, 12, 8), null, c3, "Margin open", RemakePayer.Dentist, "E.max");
        Case(db, d2, ProcedureType.Bridge, At(11, 1, 2), new DateOnly(2026, 11, 6), null, c3, "Margin open", RemakePayer.Split);

        // Inventory: I1 used 8 in November (value 80: 5 on 10 Nov, 3 at 03:00 UTC on 1 Dec) and 2 in October (20, 03:00 UTC on 1 Nov).
        var i1 = new InventoryItem { Sku = "R-ZR", Name = "Zirconia disc", Category = InventoryCategory.Materials, Unit = "pcs", QuantityOnHand = 50, UnitCost = 10m };
        var i2 = new InventoryItem { Sku = "R-BUR", Name = "Spare burs", Category = InventoryCategory.Tools, Unit = "pcs", QuantityOnHand = 5, UnitCost = 4m };
        db.AddRange(i1, i2);
        db.Add(new InventoryTransaction { Item = i1, Type = InventoryTransactionType.Out, Quantity = -5, QuantityAfter = 55, OccurredAt = At(11, 10, 12) });
        db.Add(new InventoryTransaction { Item = i1, Type = InventoryTransactionType.Out, Quantity = -3, QuantityAfter = 50, OccurredAt = At(12, 1, 3) });
        db.Add(new InventoryTransaction { Item = i1, Type = InventoryTransactionType.Out, Quantity = -2, QuantityAfter = 60, OccurredAt = At(11, 1, 3) });
        db.Add(new InventoryTransaction { Item = i1, Type = InventoryTransactionType.In, Quantity = 10, QuantityAfter = 60, OccurredAt = At(11, 2, 12), UnitCost = 10m });
        await db.SaveChangesAsync();
        RemakeOne = (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == r1.Id)).CaseNumber;
        RemakeTwo = (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == r2.Id)).CaseNumber;
    }

    internal static Guid User(Data.LabDbContext db, string email, string name, UserRole role)
    {
        var user = new User
        {
            Id = Guid.NewGuid(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            FullName = name, SecurityStamp = Guid.NewGuid().ToString(), EmailConfirmed = true,
        };
        user.RoleLinks.Add(new UserRoleLink { UserId = user.Id, RoleId = SeedData.RoleId(role) });
        db.Add(user);
        return user.Id;
    }

    internal static DentistProfile Dentist(Data.LabDbContext db, string practice)
    {
        var d = new DentistProfile { PracticeName = practice, DentistName = "Dr " + practice, LicenseNumber = "L-" + practice[..4], LicenseRegion = "NY", Email = practice.Replace(' ', '.') + "@lab.test" };
        db.Add(d);
        return d;
    }

    private static void Invoice(Data.LabDbContext db, DentistProfile dentist, DateOnly issued, decimal total, decimal paid, InvoiceStatus status, DateTimeOffset? paidAt) =>
        db.Add(new Invoice { Dentist = dentist, IssueDate = issued, DueDate = issued.AddDays(30), Subtotal = total, Total = total, AmountPaid = paid, Status = status, PaidAt = paidAt,
            SentAt = status == InvoiceStatus.Draft ? null : issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) });

    internal static Case Case(Data.LabDbContext db, DentistProfile dentist, ProcedureType procedure, DateTimeOffset received, DateOnly due, DateTimeOffset? delivered,
        Case? parent = null, string? reason = null, RemakePayer? payer = null, string material = "Zirconia")
    {
        var c = new Case
        {
            Dentist = dentist, PatientCode = "PT-" + Guid.NewGuid().ToString("N")[..6], ProcedureType = procedure, Teeth = [14], Material = material,
            Status = delivered is null ? CaseStatus.Designing : CaseStatus.Delivered, ReceivedAt = received, DueDate = due, DeliveredAt = delivered,
            ShippedAt = delivered, ParentCase = parent, RemakeReason = reason, RemakePayer = payer,
        };
        db.Add(c);
        return c;
    }

    internal static void Stage(Data.LabDbContext db, Case c, WorkflowStageName stage, int attempt, Guid by, DateTimeOffset started, DateTimeOffset completed, decimal expected) =>
        db.Add(new WorkflowStage { CaseId = c.Id, Stage = stage, Position = (int)stage + 1, Attempt = attempt, Status = WorkflowStatus.Completed, StartedAt = started,
            CompletedAt = completed, CompletedById = by, AssignedToId = by, ExpectedHours = expected });
}
