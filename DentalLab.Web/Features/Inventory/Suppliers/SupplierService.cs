using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Inventory.Suppliers;

public sealed record SupplierRow(Guid Id, string Name, string? ContactName, string? Email, string? Phone, short? Rating, int? LeadTimeDays, bool IsActive, int Items);

public sealed record SuppliedItem(string Sku, string Name, decimal QuantityOnHand, decimal ReorderLevel, string Unit);

public sealed record SpendMonth(int Year, int Month, decimal Amount)
{
    public string Label => new DateOnly(Year, Month, 1).ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record SupplierDetail(
    Guid Id, string Name, string? ContactName, string? Email, string? Phone, string? Address, string? Website, short? Rating, int? LeadTimeDays,
    bool IsActive, string? Notes, uint Version, IReadOnlyList<SuppliedItem> Items, IReadOnlyList<SpendMonth> Spend, string Currency);

public sealed class SupplierInput
{
    public string Name { get; set; } = "";

    public string? ContactName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public short? Rating { get; set; }

    public int? LeadTimeDays { get; set; }

    public bool IsActive { get; set; } = true;

    public string? Notes { get; set; }

    public static SupplierInput From(SupplierDetail d) => new()
    {
        Name = d.Name, ContactName = d.ContactName, Email = d.Email, Phone = d.Phone, Address = d.Address, Website = d.Website,
        Rating = d.Rating, LeadTimeDays = d.LeadTimeDays, IsActive = d.IsActive, Notes = d.Notes,
    };
}

/// <summary>Suppliers: reads for inventory.view, changes for suppliers.manage. Spend is summed from receipts (ledger "in" rows).</summary>
public sealed class SupplierService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    public async Task<IReadOnlyList<SupplierRow>> ListAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Suppliers.AsNoTracking().OrderByDescending(s => s.IsActive).ThenBy(s => s.Name)
            .Select(s => new SupplierRow(s.Id, s.Name, s.ContactName, s.Email, s.Phone, s.Rating, s.LeadTimeDays, s.IsActive, s.Items.Count))
            .ToListAsync(ct);
    }

    public async Task<SupplierDetail?> DetailAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InventoryView, ct);
        var today = await settings.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await db.Suppliers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return null;
        }

        var items = await db.InventoryItems.AsNoTracking().Where(i => i.SupplierId == id).OrderBy(i => i.Sku)
            .Select(i => new SuppliedItem(i.Sku, i.Name, i.QuantityOnHand, i.ReorderLevel, i.Unit)).ToListAsync(ct);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var spent = await db.InventoryTransactions.AsNoTracking()
            .Where(t => t.SupplierId == id && t.Type == InventoryTransactionType.In && t.OccurredAt >= from)
            .GroupBy(t => new { t.OccurredAt.Year, t.OccurredAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(t => t.Quantity * (t.UnitCost ?? 0)) })
            .ToListAsync(ct);
        var spend = Enumerable.Range(0, 12).Select(m => first.AddMonths(m))
            .Select(d => new SpendMonth(d.Year, d.Month, Math.Round(spent.Where(x => x.Year == d.Year && x.Month == d.Month).Sum(x => x.Amount), 2)))
            .ToList();
        return new SupplierDetail(s.Id, s.Name, s.ContactName, s.Email, s.Phone, s.Address, s.Website, s.Rating, s.LeadTimeDays, s.IsActive, s.Notes,
            s.Version, items, spend, await settings.GetStringAsync("billing.currency", "USD"));
    }

    public async Task<(ChangeResult Result, Guid? Id)> CreateAsync(SupplierInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.SuppliersManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var result = await ValidateAsync(db, input, null, ct);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var supplier = new Supplier();
        Apply(supplier, input);
        db.Add(supplier);
        return await SaveAsync(db, ct) is { } failed ? (failed, null) : (ChangeResult.Ok(), supplier.Id);
    }

    public async Task<ChangeResult> UpdateAsync(Guid id, SupplierInput input, uint version, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.SuppliersManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (supplier is null)
        {
            return ChangeResult.Fail("", "Supplier not found.");
        }

        var result = await ValidateAsync(db, input, id, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Entry(supplier).Property(s => s.Version).OriginalValue = version;
        Apply(supplier, input);
        return await SaveAsync(db, ct) ?? ChangeResult.Ok();
    }

    private static void Apply(Supplier s, SupplierInput input)
    {
        s.Name = input.Name.Trim();
        s.ContactName = TextInput.Blank(input.ContactName);
        s.Email = TextInput.Blank(input.Email);
        s.Phone = TextInput.Blank(input.Phone);
        s.Address = TextInput.Blank(input.Address);
        s.Website = TextInput.Blank(input.Website);
        s.Rating = input.Rating;
        s.LeadTimeDays = input.LeadTimeDays;
        s.IsActive = input.IsActive;
        s.Notes = TextInput.Blank(input.Notes);
    }

    private static async Task<ChangeResult> ValidateAsync(LabDbContext db, SupplierInput input, Guid? id, CancellationToken ct)
    {
        var result = new ChangeResult();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            result.Errors[nameof(input.Name)] = name.Length == 0 ? "Enter the supplier's name." : "Use at most 200 characters.";
        }
        else if (await db.Suppliers.AnyAsync(s => s.Name == name && s.Id != id, ct))
        {
            result.Errors[nameof(input.Name)] = $"There is already a supplier called {name}.";
        }

        if (TextInput.Blank(input.Email) is { } email && (email.Length > 256 || !TextInput.IsEmailAddress(email)))
        {
            result.Errors[nameof(input.Email)] = "Enter an email address like orders@example.com.";
        }

        Length(result, nameof(input.ContactName), input.ContactName, 200);
        Length(result, nameof(input.Phone), input.Phone, 50);
        Length(result, nameof(input.Address), input.Address, 500);
        Length(result, nameof(input.Notes), input.Notes, 4000);
        if (TextInput.Blank(input.Website) is { } site && (site.Length > 300 || !Uri.TryCreate(site, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            result.Errors[nameof(input.Website)] = "Enter a web address starting with https://.";
        }

        if (input.Rating is < 1 or > 5)
        {
            result.Errors[nameof(input.Rating)] = "Rate from 1 (poor) to 5 (excellent), or leave it empty.";
        }

        if (input.LeadTimeDays is < 0 or > 365)
        {
            result.Errors[nameof(input.LeadTimeDays)] = "Enter the lead time in days, from 0 to 365.";
        }

        return result;
    }

    private static void Length(ChangeResult result, string field, string? value, int max)
    {
        if (TextInput.Blank(value)?.Length > max)
        {
            result.Errors[field] = $"Use at most {max} characters.";
        }
    }

    private static async Task<ChangeResult?> SaveAsync(LabDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted("Someone else changed this supplier at the same time. Reload it and try again.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail(nameof(SupplierInput.Name), "There is already a supplier with this name.");
        }
    }
}
