using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data.Seed;

/// <summary>The demo lab's tax number and bank account, so its invoices show what a real one prints (the seed leaves both empty).</summary>
internal static class DemoLabDetails
{
    public const string TaxNumber = "US-EIN 12-3456789";
    public const string BankDetails = "Springfield Savings Bank\nAccount holder: DentalLab Demo Laboratory Ltd\nAccount 0012 3456 7890 · Routing 021000021";

    public static async Task SeedAsync(IDbContextFactory<LabDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await SetIfEmptyAsync(db, SettingKeys.LabTaxNumber, TaxNumber, ct);
        await SetIfEmptyAsync(db, SettingKeys.BankDetails, BankDetails, ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task SetIfEmptyAsync(LabDbContext db, string key, string value, CancellationToken ct)
    {
        var setting = await db.Set<Setting>().SingleOrDefaultAsync(s => s.Key == key, ct);
        if (setting is not null && setting.Value is "\"\"" or "null")
        {
            setting.Value = System.Text.Json.JsonSerializer.Serialize(value);
        }
    }
}
