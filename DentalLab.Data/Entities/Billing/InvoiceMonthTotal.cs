namespace DentalLab.Data.Entities;

/// <summary>
/// The lab's invoices of one issue month and one status, counted and summed (read only). The table is kept by a
/// trigger on <c>invoices</c> in the same transaction as every change (Schema/InvoiceTotalsSql.cs), so the invoice
/// list's totals over ten years add up a few hundred rows instead of every invoice.
/// </summary>
public class InvoiceMonthTotal
{
    /// <summary>The first day of the issue month.</summary>
    public DateOnly Month { get; set; }

    public InvoiceStatus Status { get; set; }

    public int Invoices { get; set; }

    public decimal Total { get; set; }

    public decimal AmountPaid { get; set; }
}
