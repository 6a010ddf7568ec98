namespace DentalLab.Data.Entities;

/// <summary>Money received against an invoice, or returned (a refund); the amount is always positive.</summary>
public class Payment : Entity, ISoftDeletable, IAudited
{
    public const string KindPayment = "payment";
    public const string KindRefund = "refund";

    public Guid InvoiceId { get; set; }

    public Invoice? Invoice { get; set; }

    /// <summary><see cref="KindPayment"/> or <see cref="KindRefund"/>.</summary>
    public string Kind { get; set; } = KindPayment;

    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; }

    public DateOnly PaidOn { get; set; }

    /// <summary>Cheque number, transfer reference, card authorisation…</summary>
    public string? Reference { get; set; }

    public string? Notes { get; set; }

    public Guid? RecordedById { get; set; }

    public User? RecordedBy { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The amount with its sign for the invoice's balance: refunds count negative.</summary>
    public decimal SignedAmount => Kind == KindRefund ? -Amount : Amount;
}
