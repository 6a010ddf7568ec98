using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>The lab's clients (dentist_profiles, two with portal accounts) and partner applications.</summary>
internal static class DemoDentists
{
    private sealed record DentistSeed(
        string Name, string Practice, string Email, string Phone, string Address, string City, string? Region,
        string PostalCode, string Country, string LicenseRegion, decimal Discount, DentistStatus Status, int Weight,
        string? PortalEmail = null);

    private static readonly DentistSeed[] _dentists =
    [
        new("Dr. Anna Kowalska", "Uśmiech Dental Studio", "dentist@dentallab.test", "+48 42 630 12 55", "ul. Piotrkowska 112", "Łódź",
            "łódzkie", "90-006", "Poland", "PL-NIL", 5m, DentistStatus.Active, 14, "dentist@dentallab.test"),
        new("Dr. Jonas Müller", "Zahnarztpraxis Müller", "dentist2@dentallab.test", "+49 89 2345 6789", "Leopoldstraße 41", "München",
            "Bayern", "80802", "Germany", "DE-BY", 0m, DentistStatus.Active, 12, "dentist2@dentallab.test"),
        new("Dr. Ingrid Ødegaard", "Ødegaard Tannklinikk", "post@odegaard-tannklinikk.test", "+47 55 31 22 10", "Strandkaien 8", "Bergen",
            "Vestland", "5013", "Norway", "NO-HDIR", 10m, DentistStatus.Active, 9),
        new("Dr. 山田 太郎", "山田歯科医院", "info@yamada-shika.test", "+81 3 5468 1200", "渋谷区神宮前 4-12-10", "東京",
            "東京都", "150-0001", "Japan", "JP-MHLW", 0m, DentistStatus.Active, 7),
        new("Dr. Sarah Thompson", "Harbour Family Dentistry", "front@harbourfamily.test", "+1 217 555 0142", "200 Harbour Street", "Springfield",
            "IL", "62701", "United States", "US-IL", 7.5m, DentistStatus.Active, 13),
        new("Dr. Marcus Reed", "Reed & Partners Dental", "office@reedpartners.test", "+1 617 555 0199", "75 Beacon Street", "Boston",
            "MA", "02108", "United States", "US-MA", 0m, DentistStatus.Active, 10),
        new("Dr. Priya Nair", "Smile Studio London", "hello@smilestudio.test", "+44 20 7946 0321", "14 Wimpole Street", "London",
            null, "W1G 9SX", "United Kingdom", "GB-GDC", 0m, DentistStatus.Active, 9),
        new("Dr. Élodie Lefèvre", "Cabinet Dentaire Lefèvre", "contact@cabinet-lefevre.test", "+33 4 72 00 31 18", "18 rue de la République", "Lyon",
            "Auvergne-Rhône-Alpes", "69002", "France", "FR-ONCD", 0m, DentistStatus.Active, 6),
        new("Dr. José Martínez Núñez", "Clínica Dental Martínez", "citas@clinicamartinez.test", "+34 954 22 71 30", "Calle Sierpes 48", "Sevilla",
            "Andalucía", "41004", "Spain", "ES-CGD", 5m, DentistStatus.Active, 8),
        new("Dr. Björn Åkesson", "Åkesson Tandvård", "reception@akesson-tand.test", "+46 40 611 20 40", "Södergatan 22", "Malmö",
            "Skåne", "211 34", "Sweden", "SE-SOS", 0m, DentistStatus.Active, 5),
        new("Dr. Emily Chen", "Chen Orthodontics", "team@chenortho.test", "+1 415 555 0177", "450 Sutter Street", "San Francisco",
            "CA", "94108", "United States", "US-CA", 0m, DentistStatus.Inactive, 2),
        new("Dr. Giulia Romano", "Studio Dentistico Romano", "segreteria@studioromano.test", "+39 02 8645 2210", "Via Torino 61", "Milano",
            "Lombardia", "20123", "Italy", "IT-FNOMCeO", 0m, DentistStatus.Suspended, 1),
    ];

    public static List<(DentistProfile Entity, int Weight)> Add(LabDbContext db, DemoWorld world)
    {
        var result = new List<(DentistProfile, int)>();
        var number = 1;
        foreach (var seed in _dentists.Concat(GeneratedDentists(world, world.Options.Dentists - _dentists.Length)))
        {
            Guid? userId = seed.PortalEmail is null ? null : DemoPeople.AddUser(db, world, seed.PortalEmail, seed.Name, UserRole.Dentist).Id;
            var profile = new DentistProfile
            {
                UserId = userId,
                PracticeName = seed.Practice,
                DentistName = seed.Name,
                LicenseNumber = $"{seed.LicenseRegion[..2]}-{world.Between(10_000, 99_999)}-{number++:00}",
                LicenseRegion = seed.LicenseRegion,
                Email = seed.Email,
                BillingEmail = seed.PortalEmail is null && world.Chance(0.4) ? "accounts@" + seed.Email.Split('@')[1] : null,
                Phone = seed.Phone,
                AddressLine1 = seed.Address,
                City = seed.City,
                Region = seed.Region,
                PostalCode = seed.PostalCode,
                Country = seed.Country,
                Status = seed.Status,
                DiscountPercent = seed.Discount,
                Notes = seed.Status switch
                {
                    DentistStatus.Suspended => "On hold: invoices more than 90 days overdue.",
                    DentistStatus.Inactive => "Practice closed for renovation; expected back next quarter.",
                    _ => seed.Discount > 0 ? $"Volume discount {seed.Discount}% agreed with the manager." : null,
                },
            };
            db.Add(profile);
            result.Add((profile, seed.Weight));
        }

        return result;
    }

    /// <summary>
    /// Practices beyond the catalogue (a large network): in the catalogue's towns, named from the demo's name lists,
    /// each sending a small share of the work (the catalogue's practices stay the busiest).
    /// </summary>
    private static IEnumerable<DentistSeed> GeneratedDentists(DemoWorld world, int count)
    {
        var towns = _dentists.Where(d => d.Status == DentistStatus.Active).ToArray();
        for (var n = 1; n <= count; n++)
        {
            var town = towns[n % towns.Length];
            var first = DemoText.PatientFirstNames[n % DemoText.PatientFirstNames.Length];
            var last = DemoText.PatientLastNames[(n / DemoText.PatientFirstNames.Length + n) % DemoText.PatientLastNames.Length];
            yield return town with
            {
                Name = $"Dr. {first} {last}",
                Practice = $"{last} Dental Care {town.City} {n}",
                Email = $"practice{n:000}@dentists.test",
                Phone = town.Phone[..^3] + $"{n:000}",
                Address = $"{world.Between(1, 300)} {town.Address.Split(' ', 2)[^1]}",
                Discount = world.Chance(0.2) ? 5m : 0m,
                Weight = world.Between(1, 6),
                PortalEmail = null,
            };
        }
    }

    public static DemoDentist Describe(DentistProfile p, int weight) => new(
        p.Id, p.UserId, p.PracticeName, p.DentistName, p.Email, p.Phone, p.AddressLine1 ?? "", p.City ?? "", p.Region,
        p.PostalCode, p.Country ?? "", p.DiscountPercent, weight);

    public static void AddApplications(
        LabDbContext db, DemoWorld world, List<(DentistProfile Entity, int Weight)> dentists, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var approvedFrom = dentists.Where(d => d.Entity.DentistName is "Dr. Björn Åkesson" or "Dr. Élodie Lefèvre").Select(d => d.Entity).ToList();
        foreach (var profile in approvedFrom)
        {
            var application = NewApplication(world, profile.PracticeName, profile.DentistName, profile.Email, profile.City, profile.Country);
            application.LicenseNumber = profile.LicenseNumber;
            application.LicenseRegion = profile.LicenseRegion;
            application.Status = ApplicationStatus.Approved;
            application.ReviewedById = world.ManagerId;
            application.CreatedDentist = profile;
            Add(db, world, application, daysAgo: world.Between(120, 200), backdated);
        }

        foreach (var (practice, name, email, city, country, reason) in DemoText.RejectedApplications)
        {
            var application = NewApplication(world, practice, name, email, city, country);
            application.Status = ApplicationStatus.Rejected;
            application.ReviewedById = world.ManagerId;
            application.RejectionReason = reason;
            Add(db, world, application, daysAgo: world.Between(20, 90), backdated);
        }

        foreach (var (practice, name, email, city, country) in DemoText.PendingApplications)
        {
            var application = NewApplication(world, practice, name, email, city, country);
            application.Status = ApplicationStatus.Pending;
            Add(db, world, application, daysAgo: world.Between(0, 6), backdated);
        }
    }

    private static DentistApplication NewApplication(DemoWorld world, string practice, string name, string email, string? city, string? country) => new()
    {
        PracticeName = practice,
        DentistName = name,
        LicenseNumber = $"LIC-{world.Between(100_000, 999_999)}",
        LicenseRegion = country ?? "Unknown",
        Email = email.ToLowerInvariant(),
        Phone = $"+1 555 01{world.Between(10, 99)}",
        AddressLine1 = $"{world.Between(1, 300)} Main Street",
        City = city,
        Country = country,
        ExpectedMonthlyVolume = world.Between(5, 60),
        Message = world.Pick(DemoText.ApplicationMessages),
        SubmittedFromIp = $"203.0.113.{world.Between(1, 254)}",
    };

    private static void Add(LabDbContext db, DemoWorld world, DentistApplication application, int daysAgo, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var submitted = world.Now.AddDays(-daysAgo).AddHours(-world.Between(1, 9));
        if (application.Status != ApplicationStatus.Pending)
        {
            application.ReviewedAt = DemoWorld.Earlier(submitted.AddDays(world.Between(1, 4)), world.Now);
        }

        db.Add(application);
        backdated.Add((application, submitted));
    }
}
