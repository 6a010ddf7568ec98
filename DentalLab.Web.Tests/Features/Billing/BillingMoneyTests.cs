using System.Reflection;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Invoice money: computed only by Invoice.Recalculate, in decimal, rounding half away from zero to cents per invoice.</summary>
public sealed class BillingMoneyTests
{
    [Theory]
    [InlineData("1", "0.125", "0.13")]
    [InlineData("1", "0.124", "0.12")]
    [InlineData("3", "33.335", "100.01")] // 100.005 → up
    [InlineData("2.5", "19.99", "49.98")] // 49.975 → up
    [InlineData("1", "-0.125", "-0.13")] // away from zero, symmetric (money is never negative: CHECKs refuse it)
    public void A_line_amount_is_quantity_times_unit_price_rounded_half_away_from_zero(string quantity, string unitPrice, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            InvoiceItem.LineAmount(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(unitPrice, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Discount_and_tax_round_at_the_half_cent_away_from_zero()
    {
        // Subtotal 2.50; 5% discount = 0.125 → 0.13; taxable 2.37 × 10% = 0.237 → 0.24.
        var invoice = Invoice(0.10m, (1, 2.50m));
        invoice.Recalculate(5m);
        Assert.Equal(2.50m, invoice.Subtotal);
        Assert.Equal(0.13m, invoice.DiscountAmount);
        Assert.Equal(0.24m, invoice.TaxAmount);
        Assert.Equal(2.61m, invoice.Total);

        // Taxable 1.25 × 10% = 0.125 → 0.13 (banker's rounding would give 0.12).
        var half = Invoice(0.10m, (1, 1.25m));
        half.Recalculate(0m);
        Assert.Equal(0.13m, half.TaxAmount);
        Assert.Equal(1.38m, half.Total);
    }

    [Fact]
    public void Tax_rounds_once_per_invoice_not_per_line()
    {
        // Three lines of 0.05 at 10%: per line 0.005 would round to 0.01 each (0.03); per invoice 0.015 → 0.02.
        var invoice = Invoice(0.10m, (1, 0.05m), (1, 0.05m), (1, 0.05m));
        invoice.Recalculate(0m);
        Assert.Equal(0.15m, invoice.Subtotal);
        Assert.Equal(0.02m, invoice.TaxAmount);
        Assert.Equal(0.17m, invoice.Total);
    }

    [Fact]
    public void Totals_across_many_lines_are_exact_to_the_cent()
    {
        // 1,000 lines of 3 × 0.10: in binary floating point the sum drifts (0.1 has no exact form); in decimal it is 300.00.
        var invoice = Invoice(0.2m, Enumerable.Range(0, 1000).Select(_ => (3m, 0.10m)).ToArray());
        invoice.Recalculate(12.5m);
        Assert.Equal(300.00m, invoice.Subtotal);
        Assert.Equal(37.50m, invoice.DiscountAmount);
        Assert.Equal(52.50m, invoice.TaxAmount);
        Assert.Equal(315.00m, invoice.Total);
        Assert.Equal(invoice.Subtotal - invoice.DiscountAmount + invoice.TaxAmount, invoice.Total);
        Assert.NotEqual(300.0, Enumerable.Range(0, 3000).Sum(_ => 0.1)); // what double would have done
    }

    [Fact]
    public void Voided_lines_do_not_count_and_line_amounts_are_recomputed()
    {
        var invoice = Invoice(0m, (2, 10m), (1, 99m));
        invoice.Items.Last().IsVoided = true;
        invoice.Items.First().Amount = 1234m; // a stale amount is replaced
        invoice.Recalculate(0m);
        Assert.Equal(20m, invoice.Items.First().Amount);
        Assert.Equal(20m, invoice.Total);
    }

    [Fact]
    public void Price_list_surcharges_apply_per_urgency()
    {
        var price = new ProcedurePrice { UnitPrice = 189.99m, RushSurchargePercent = 25m, EmergencySurchargePercent = 50m };
        Assert.Equal(189.99m, price.UnitPriceFor(UrgencyLevel.Standard));
        Assert.Equal(237.49m, price.UnitPriceFor(UrgencyLevel.Rush)); // 237.4875 → 237.49
        Assert.Equal(284.99m, price.UnitPriceFor(UrgencyLevel.Emergency)); // 284.985 → 284.99
    }

    [Fact]
    public void No_floating_point_type_holds_money_anywhere_in_billing()
    {
        var types = new[] { typeof(Invoice), typeof(InvoiceItem), typeof(Payment), typeof(ProcedurePrice), typeof(DentistProfile) }
            .Concat(typeof(InvoiceService).Assembly.GetTypes().Where(t => t.Namespace == typeof(InvoiceService).Namespace));
        var floating = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(p => (t, p.Name, Type: p.PropertyType))
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Select(f => (t, f.Name, Type: f.FieldType))))
            .Where(m => m.Name.Contains("Amount", StringComparison.OrdinalIgnoreCase) || m.Name.Contains("Price", StringComparison.OrdinalIgnoreCase)
                || m.Name.Contains("Total", StringComparison.OrdinalIgnoreCase) || m.Name.Contains("Paid", StringComparison.OrdinalIgnoreCase)
                || m.Name.Contains("Balance", StringComparison.OrdinalIgnoreCase) || m.Name.Contains("Tax", StringComparison.OrdinalIgnoreCase)
                || m.Name.Contains("Discount", StringComparison.OrdinalIgnoreCase))
            .Where(m => (Nullable.GetUnderlyingType(m.Type) ?? m.Type) is var u && (u == typeof(double) || u == typeof(float)))
            .Select(m => $"{m.t.Name}.{m.Name}")
            .ToList();
        Assert.Empty(floating);
    }

    private static Invoice Invoice(decimal taxRate, params (decimal Quantity, decimal UnitPrice)[] lines)
    {
        var invoice = new Invoice { TaxRate = taxRate };
        var position = 1;
        foreach (var (quantity, unitPrice) in lines)
        {
            invoice.Items.Add(new InvoiceItem { Description = "Line", Quantity = quantity, UnitPrice = unitPrice, Position = position++ });
        }

        return invoice;
    }
}
