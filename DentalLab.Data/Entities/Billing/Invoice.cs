namespace DentalLab.Data.Entities;

/// <summary>An invoice to a dentist: lines for cases, payments against it, money as numeric(12,2).</summary>
public class Invoice : Entity, ISoftDeletable, IAudited
{
    /// <summary><c>INV-{year}-{00000}</c>; the database fills it from invoice_number_seq when left empty.</summary>
    public string InvoiceNumber { get; set; } = "";

    public Guid DentistId { get; set; }

    public DentistProfile? Dentist { get; set; }

    public InvoiceStatus Status { get; set; }

    public DateOnly IssueDate { get; set; }

    public DateOnly DueDate { get; set; }

    public decimal Subtotal { get; set; }

    public decimal DiscountAmount { get; set; }

    /// <summary>A fraction: 0.2000 is 20%.</summary>
    public decimal TaxRate { get; set; }

    public decimal TaxAmount { get; set; }

    /// <summary>Subtotal − discount + tax (a CHECK holds the database to it).</summary>
    public decimal Total { get; set; }

    /// <summary>Payments minus refunds.</summary>
    public decimal AmountPaid { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? CancelReason { get; set; }

    public DateTimeOffset? RefundedAt { get; set; }

    public string? RefundReason { get; set; }

    /// <summary>SHA-256 of the PDF as sent, so a re-generated copy can be checked against it.</summary>
    public string? PdfSha256 { get; set; }

    public string? Notes { get; set; }

    public Guid? CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    /// <summary>PostgreSQL xmin: the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<InvoiceItem> Items { get; set; } = [];

    public ICollection<Payment> Payments { get; set; } = [];

    /// <summary>What is still owed (not mapped).</summary>
    public decimal Balance => Total - AmountPaid;

    /// <summary>Whether the invoice is sent, unpaid and past its due date on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        Status is (InvoiceStatus.Sent or InvoiceStatus.Overdue) && Balance > 0 && today > DueDate;

    /// <summary>
    /// The one place invoice money is computed: each line's amount (quantity × unit price), then subtotal, discount,
    /// tax and total from the (loaded) items that are not voided. Everything rounds half away from zero to cents;
    /// discount and tax once per invoice, not per line.
    /// </summary>
    /// <param name="discountPercent">The dentist's discount, 0–100.</param>
    public void Recalculate(decimal discountPercent)
    {
        foreach (var item in Items.Where(i => !i.IsVoided))
        {
            item.Amount = InvoiceItem.LineAmount(item.Quantity, item.UnitPrice);
        }

        Subtotal = Items.Where(i => !i.IsVoided).Sum(i => i.Amount);
        DiscountAmount = Math.Round(Subtotal * discountPercent / 100m, 2, MidpointRounding.AwayFromZero);
        TaxAmount = Math.Round((Subtotal - DiscountAmount) * TaxRate, 2, MidpointRounding.AwayFromZero);
        Total = Subtotal - DiscountAmount + TaxAmount;
    }
}
