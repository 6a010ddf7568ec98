using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Data.Seed;

/// <summary>Demo accounts, departments and their machines, staff with rotas and reviews, dentists and applications.</summary>
internal static class DemoPeople
{
    private sealed record StaffSeed(
        string Email, string Name, UserRole Role, string Department, string JobTitle, EmploymentType Employment,
        decimal HourlyRate, string[] Skills, WorkflowStageName[] Works);

    private sealed record DepartmentSeed(string Name, string Code, WorkflowStageName Stage, decimal Budget, string Description);

    private static readonly DepartmentSeed[] _departments =
    [
        new("Scanning & Design", "SCAN", Design, 120_000m, "Model and impression scanning, CAD design of every restoration."),
        new("Milling", "MILL", Milling, 180_000m, "5-axis milling of zirconia, glass-ceramic, PMMA and titanium; 3D printing."),
        new("Ceramics & Sintering", "CERA", Sintering, 150_000m, "Sintering, crystallisation, layering, staining and glazing."),
        new("Quality & Dispatch", "QCD", QualityControl, 90_000m, "Final inspection, front desk, packing and the delivery van."),
    ];

    private static readonly StaffSeed[] _staff =
    [
        new("manager@dentallab.test", "Margarethe Lindqvist", UserRole.Manager, "Quality & Dispatch", "Lab Manager", EmploymentType.FullTime, 48m,
            ["quality_control", "planning", "zirconia_milling"], [QualityControl]),
        new("tech@dentallab.test", "Tomasz Wiśniewski", UserRole.Technician, "Milling", "CAD/CAM Milling Technician", EmploymentType.FullTime, 32m,
            ["zirconia_milling", "titanium_milling", "3d_printing"], [Milling]),
        new("staff@dentallab.test", "Sofía Núñez", UserRole.Staff, "Quality & Dispatch", "Front Desk Coordinator", EmploymentType.FullTime, 24m,
            ["case_intake", "billing", "customer_service"], [Receiving]),
        new("driver@dentallab.test", "Kwame Mensah", UserRole.Staff, "Quality & Dispatch", "Delivery Driver", EmploymentType.PartTime, 21m,
            ["driving", "packing"], [Delivery]),
        new("chloe.dubois@dentallab.test", "Chloé Dubois", UserRole.Technician, "Scanning & Design", "Senior CAD Designer", EmploymentType.FullTime, 36m,
            ["cad_design", "exocad", "3shape", "implant_planning"], [ImpressionScan, Design]),
        new("hiroshi.sato@dentallab.test", "Hiroshi Satō", UserRole.Technician, "Scanning & Design", "CAD Designer", EmploymentType.FullTime, 30m,
            ["cad_design", "3shape", "model_scanning"], [ImpressionScan, Design]),
        new("lena.becker@dentallab.test", "Lena Becker", UserRole.Technician, "Milling", "Milling Technician", EmploymentType.Contract, 28m,
            ["zirconia_milling", "pmma_milling"], [Milling]),
        new("ines.ferreira@dentallab.test", "Inês Ferreira", UserRole.Technician, "Ceramics & Sintering", "Master Ceramist", EmploymentType.FullTime, 38m,
            ["layering", "staining", "sintering", "emax_crystallisation"], [Sintering]),
        new("oskar.nowak@dentallab.test", "Oskar Nowak", UserRole.Technician, "Ceramics & Sintering", "Ceramist", EmploymentType.PartTime, 27m,
            ["sintering", "glazing"], [Sintering]),
        new("amara.okafor@dentallab.test", "Amara Okafor", UserRole.Technician, "Quality & Dispatch", "QC Technician", EmploymentType.FullTime, 29m,
            ["quality_control", "occlusion_check", "packing"], [QualityControl, Delivery]),
    ];

    public static async Task SeedAsync(IDbContextFactory<LabDbContext> dbFactory, DemoWorld world, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var backdated = new List<(Entity Row, DateTimeOffset At)>();

        await AddAdminAsync(db, world, ct);
        var departments = AddDepartments(db, world);
        AddStaff(db, world, departments, backdated);
        AddEquipment(db, world, departments);
        var dentists = DemoDentists.Add(db, world);
        DemoDentists.AddApplications(db, world, dentists, backdated);

        await db.SaveChangesAsync(ct);
        foreach (var (seed, entity) in departments)
        {
            world.Departments.Add((entity.Id, seed.Stage, seed.Name));
        }

        foreach (var (entity, weight) in dentists)
        {
            world.Dentists.Add(DemoDentists.Describe(entity, weight));
        }

        await DemoDataGenerator.BackdateAsync(db, backdated, ct);
        await DemoDataGenerator.BackdateAsync(db, "users", [.. world.UserSince.Keys], [.. world.UserSince.Values], ct);
    }

    private static User NewUser(DemoWorld world, string email, string name) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        SecurityStamp = Guid.NewGuid().ToString(),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        PasswordHash = world.PasswordHash,
        LockoutEnabled = true,
        IsActive = true,
        FullName = name,
    };

    internal static User AddUser(LabDbContext db, DemoWorld world, string email, string name, UserRole role)
    {
        var user = NewUser(world, email, name);
        db.Users.Add(user);
        db.UserRoles.Add(new UserRoleLink { UserId = user.Id, RoleId = SeedData.RoleId(role) });
        world.Users.Add((user.Id, name, role));
        world.UserSince[user.Id] = world.Now.AddDays(-world.Between(200, 400));
        return user;
    }

    /// <summary>The start-up bootstrapper may already have made admin@dentallab.test: then it is reused as is.</summary>
    private static async Task AddAdminAsync(LabDbContext db, DemoWorld world, CancellationToken ct)
    {
        const string email = "admin@dentallab.test";
        var normalized = email.ToUpperInvariant();
        var existing = await db.Users.IgnoreQueryFilters()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.FullName })
            .SingleOrDefaultAsync(ct);
        if (existing is null)
        {
            world.AdminId = AddUser(db, world, email, "Adrian Admin", UserRole.Admin).Id;
            return;
        }

        world.AdminId = existing.Id;
        world.Users.Add((existing.Id, existing.FullName, UserRole.Admin));
    }

    private static List<(DepartmentSeed Seed, Department Entity)> AddDepartments(LabDbContext db, DemoWorld world)
    {
        var result = new List<(DepartmentSeed, Department)>();
        foreach (var seed in _departments)
        {
            var department = new Department
            {
                Name = seed.Name,
                Code = seed.Code,
                Description = seed.Description,
                Stage = seed.Stage,
                Budget = seed.Budget,
                BudgetSpent = Math.Round(seed.Budget * (decimal)world.Between(0.35, 0.92), 2, MidpointRounding.AwayFromZero),
                IsActive = true,
            };
            db.Add(department);
            result.Add((seed, department));
        }

        return result;
    }

    private static void AddStaff(
        LabDbContext db, DemoWorld world, List<(DepartmentSeed Seed, Department Entity)> departments, List<(Entity, DateTimeOffset)> backdated)
    {
        var number = 1;
        foreach (var seed in _staff.Concat(GeneratedStaff(world.Options.Staff - _staff.Length)))
        {
            var user = AddUser(db, world, seed.Email, seed.Name, seed.Role);
            var department = departments.Single(d => d.Seed.Name == seed.Department).Entity;
            var hiredOn = world.Today.AddDays(-world.Between(200, 3000));
            var profile = new StaffProfile
            {
                UserId = user.Id,
                Department = department,
                EmployeeNumber = $"EMP-{number++:0000}",
                JobTitle = seed.JobTitle,
                EmploymentType = seed.Employment,
                HiredOn = hiredOn,
                HourlyRate = seed.HourlyRate,
                Skills = DemoText.JsonArray(seed.Skills),
                Certifications = seed.Role == UserRole.Technician ? DemoText.JsonArray(["CDT", "Zirkonzahn certified"]) : null,
                EmergencyContact = "Family contact on file, +1 555 01" + world.Between(10, 99),
            };
            db.Add(profile);
            backdated.Add((profile, DemoWorld.At(hiredOn, 9)));
            world.UserSince[user.Id] = DemoWorld.At(hiredOn, 9);
            AddSchedules(db, world, profile, seed, hiredOn);
            AddAbsences(db, world, profile, seed);
            AddReviews(db, world, profile, seed);
            Remember(world, seed, user.Id);
        }

        foreach (var (seed, entity) in departments)
        {
            var head = _staff.FirstOrDefault(s => s.Department == seed.Name && s.Role == UserRole.Manager)
                ?? _staff.First(s => s.Department == seed.Name && s.Role == UserRole.Technician);
            entity.ManagerId = world.Users.Single(u => u.Name == head.Name).Id;
        }
    }

    /// <summary>
    /// Technicians beyond the catalogue (a large lab): named from the demo's name lists, spread over the production
    /// departments in the catalogue's proportions, each working the stages of their department.
    /// </summary>
    private static IEnumerable<StaffSeed> GeneratedStaff(int count)
    {
        var technicians = _staff.Where(s => s.Role == UserRole.Technician).ToArray();
        var taken = _staff.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var made = 0;
        for (var n = 0; made < count && n < DemoText.PatientFirstNames.Length * DemoText.PatientLastNames.Length; n++)
        {
            var name = DemoText.PatientFirstNames[n % DemoText.PatientFirstNames.Length] + " "
                + DemoText.PatientLastNames[(n / DemoText.PatientFirstNames.Length + n) % DemoText.PatientLastNames.Length];
            if (!taken.Add(name))
            {
                continue;
            }

            var like = technicians[made % technicians.Length];
            made++;
            yield return like with { Email = $"technician{made:000}@dentallab.test", Name = name };
        }
    }

    private static void Remember(DemoWorld world, StaffSeed seed, Guid userId)
    {
        switch (seed.Email)
        {
            case "manager@dentallab.test": world.ManagerId = userId; break;
            case "tech@dentallab.test": world.TechId = userId; break;
            case "staff@dentallab.test": world.FrontDeskId = userId; break;
            case "driver@dentallab.test": world.DriverId = userId; break;
        }

        foreach (var stage in seed.Works)
        {
            if (!world.WorkersByStage.TryGetValue(stage, out var pool))
            {
                world.WorkersByStage[stage] = pool = [];
            }

            pool.Add(userId);
        }
    }

    private static void AddSchedules(LabDbContext db, DemoWorld world, StaffProfile profile, StaffSeed seed, DateOnly hiredOn)
    {
        DayOfWeek[] days = seed.Employment == EmploymentType.PartTime
            ? [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]
            : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var start = seed.Works.Contains(Delivery) && seed.Role == UserRole.Staff ? new TimeOnly(7, 0) : new TimeOnly(8, 0);
        var from = new DateOnly(Math.Max(hiredOn.Year, world.Today.Year - 1), 1, 1);
        foreach (var day in days)
        {
            // Part-timers work a split Wednesday (morning and late afternoon, a long break between).
            var split = seed.Employment == EmploymentType.PartTime && day == DayOfWeek.Wednesday;
            db.Add(new StaffSchedule
            {
                Staff = profile,
                DayOfWeek = day,
                StartTime = start,
                EndTime = split ? start.AddHours(4) : start.AddHours(8.5),
                EffectiveFrom = from,
            });
            if (split)
            {
                db.Add(new StaffSchedule { Staff = profile, DayOfWeek = day, StartTime = start.AddHours(6), EndTime = start.AddHours(9.5), EffectiveFrom = from });
            }
        }

        // A Saturday sintering shift: furnaces run long cycles.
        if (seed.Works.Contains(Sintering) && seed.Employment == EmploymentType.FullTime)
        {
            db.Add(new StaffSchedule
            {
                Staff = profile,
                DayOfWeek = DayOfWeek.Saturday,
                StartTime = new TimeOnly(9, 0),
                EndTime = new TimeOnly(13, 0),
                EffectiveFrom = from,
                EffectiveTo = world.Today.AddDays(60),
            });
        }
    }

    /// <summary>Absences that light up the roster: one person away today, one sick last week, one on a course next week.</summary>
    private static void AddAbsences(LabDbContext db, DemoWorld world, StaffProfile profile, StaffSeed seed)
    {
        var absence = seed.Email switch
        {
            "hiroshi.sato@dentallab.test" => new StaffAbsence { StartsOn = world.Today.AddDays(-2), EndsOn = world.Today.AddDays(5), Kind = AbsenceKind.Vacation, Note = "Family visit" },
            "lena.becker@dentallab.test" => new StaffAbsence { StartsOn = world.Today.AddDays(-8), EndsOn = world.Today.AddDays(-6), Kind = AbsenceKind.Sick },
            "amara.okafor@dentallab.test" => new StaffAbsence { StartsOn = world.Today.AddDays(7), EndsOn = world.Today.AddDays(8), Kind = AbsenceKind.Training, Note = "Zirconia shading course" },
            _ => null,
        };
        if (absence is not null)
        {
            absence.Staff = profile;
            absence.RecordedById = world.ManagerId == Guid.Empty ? null : world.ManagerId;
            db.Add(absence);
        }
    }

    private static void AddReviews(LabDbContext db, DemoWorld world, StaffProfile profile, StaffSeed seed)
    {
        var periodEnd = new DateOnly(world.Today.Year, world.Today.Month, 1).AddDays(-1);
        var reviews = world.Between(1, 2);
        for (var i = 0; i < reviews; i++)
        {
            var end = periodEnd.AddMonths(-6 * i);
            var rating = (short)world.Between(3, 5);
            db.Add(new PerformanceReview
            {
                Staff = profile,
                ReviewerId = seed.Role == UserRole.Manager ? world.AdminId : world.ManagerId,
                PeriodStart = end.AddMonths(-6).AddDays(1),
                PeriodEnd = end,
                Rating = rating,
                QualityScore = (short)Math.Clamp(rating + world.Between(-1, 1), 1, 5),
                ProductivityScore = (short)Math.Clamp(rating + world.Between(-1, 1), 1, 5),
                Strengths = world.Pick(DemoText.ReviewStrengths),
                Improvements = world.Pick(DemoText.ReviewImprovements),
                Goals = world.Pick(DemoText.ReviewGoals),
                Comments = rating >= 4 ? "Consistently reliable; a pleasure to work with." : "Solid work; agreed a development plan.",
                ReviewedOn = DateOnly.FromDayNumber(Math.Min(end.AddDays(world.Between(5, 20)).DayNumber, world.Today.DayNumber)),
            });
        }
    }

    private static void AddEquipment(LabDbContext db, DemoWorld world, List<(DepartmentSeed Seed, Department Entity)> departments)
    {
        foreach (var (department, name, model, maker, status, cost) in DemoText.Equipment)
        {
            var purchased = world.Today.AddDays(-world.Between(180, 2400));
            var last = world.Today.AddDays(-world.Between(10, 170));
            // Some machines are due (or overdue) for service: next maintenance today or in the past.
            var next = world.Chance(0.25) ? world.Today.AddDays(-world.Between(0, 9)) : last.AddDays(180);
            db.Add(new DepartmentEquipment
            {
                Department = departments.Single(d => d.Seed.Code == department).Entity,
                Name = name,
                Model = model,
                Manufacturer = maker,
                SerialNumber = $"{department}-{maker[..3].ToUpperInvariant()}-{world.Between(100_000, 999_999)}",
                Status = status,
                PurchasedOn = purchased,
                PurchaseCost = cost,
                LastMaintenanceOn = status == EquipmentStatus.Decommissioned ? null : last,
                NextMaintenanceOn = status is EquipmentStatus.Decommissioned or EquipmentStatus.Inactive ? null : (next < last ? last : next),
                WarrantyUntil = purchased.AddYears(3),
                Notes = status switch
                {
                    EquipmentStatus.Broken => "Spindle error E-217; service engineer booked.",
                    EquipmentStatus.Maintenance => "Annual calibration in progress.",
                    EquipmentStatus.Decommissioned => "Replaced; kept for spare parts.",
                    _ => null,
                },
            });
        }
    }
}
