using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>A demo dentist as the case and billing generators need it (no entity kept in memory).</summary>
internal sealed record DemoDentist(
    Guid Id,
    Guid? UserId,
    string PracticeName,
    string DentistName,
    string Email,
    string? Phone,
    string AddressLine1,
    string City,
    string? Region,
    string? PostalCode,
    string Country,
    decimal DiscountPercent,
    int Weight);

/// <summary>One stage of a workflow template, in order.</summary>
internal sealed record DemoTemplateStage(WorkflowStageName Stage, int Position, decimal ExpectedHours);

/// <summary>A procedure's workflow template: turnaround and stages.</summary>
internal sealed record DemoTemplate(WorkflowTemplate Template, IReadOnlyList<DemoTemplateStage> Stages);

/// <summary>
/// Everything the demo generators share: the random source (one, so a seed gives one lab), "now", the lab's
/// settings, and the keys of the people, dentists and reference rows created first.
/// </summary>
internal sealed class DemoWorld(DemoDataOptions options, DateTimeOffset now)
{
    public DemoDataOptions Options { get; } = options;

    public Random Rng { get; } = new(options.RandomSeed);

    public DateTimeOffset Now { get; } = now.ToUniversalTime();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public HashSet<DateOnly> Holidays { get; } = [];

    public decimal TaxRate { get; set; }

    public int PaymentTermsDays { get; set; } = 30;

    public string PasswordHash { get; set; } = "";

    public Guid AdminId { get; set; }

    public Guid ManagerId { get; set; }

    public Guid TechId { get; set; }

    public Guid FrontDeskId { get; set; }

    public Guid DriverId { get; set; }

    /// <summary>Every demo user (staff and dentists) with their display name.</summary>
    public List<(Guid Id, string Name, UserRole Role)> Users { get; } = [];

    /// <summary>When each account created here was opened (users are not <see cref="Entity"/> rows, so they are back-dated apart).</summary>
    public Dictionary<Guid, DateTimeOffset> UserSince { get; } = [];

    /// <summary>Who works each production stage (completes it, is assigned to it).</summary>
    public Dictionary<WorkflowStageName, List<Guid>> WorkersByStage { get; } = [];

    public List<(Guid Id, WorkflowStageName? Stage, string Name)> Departments { get; } = [];

    public List<DemoDentist> Dentists { get; } = [];

    public Dictionary<ProcedureType, DemoTemplate> Templates { get; } = [];

    /// <summary>Price rows per procedure, oldest first.</summary>
    public Dictionary<ProcedureType, List<ProcedurePrice>> Prices { get; } = [];

    public IEnumerable<Guid> StaffUserIds => Users.Where(u => u.Role != UserRole.Dentist).Select(u => u.Id);

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    public bool Chance(double probability) => Rng.NextDouble() < probability;

    public int Between(int minInclusive, int maxInclusive) => Rng.Next(minInclusive, maxInclusive + 1);

    public double Between(double min, double max) => min + (Rng.NextDouble() * (max - min));

    /// <summary>Picks by integer weights (parallel to <paramref name="items"/>).</summary>
    public T Weighted<T>(IReadOnlyList<T> items, IReadOnlyList<int> weights)
    {
        var roll = Rng.Next(weights.Sum());
        for (var i = 0; i < items.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return items[i];
            }
        }

        return items[^1];
    }

    public Guid WorkerFor(WorkflowStageName stage) =>
        WorkersByStage.TryGetValue(stage, out var pool) && pool.Count > 0 ? Pick(pool) : ManagerId;

    /// <summary>A UTC instant on a day at a time of day.</summary>
    public static DateTimeOffset At(DateOnly day, double hours) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(hours);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day);

    /// <summary>The day <paramref name="days"/> business days after <paramref name="start"/> (weekends and holidays skipped).</summary>
    public DateOnly AddBusinessDays(DateOnly start, int days)
    {
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>The business day on or before <paramref name="day"/>.</summary>
    public DateOnly BusinessDayOnOrBefore(DateOnly day)
    {
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The price in force on a day: the latest valid_from on or before it, else the earliest row.</summary>
    public ProcedurePrice PriceFor(ProcedureType type, DateOnly day)
    {
        var rows = Prices[type];
        return rows.LastOrDefault(p => p.ValidFrom <= day) ?? rows[0];
    }

    public static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
