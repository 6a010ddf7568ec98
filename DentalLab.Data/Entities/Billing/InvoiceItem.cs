namespace DentalLab.Data.Entities;

/// <summary>One line of an invoice, usually one case.</summary>
public class InvoiceItem : Entity, IAudited
{
    public Guid InvoiceId { get; set; }

    public Invoice? Invoice { get; set; }

    /// <summary>The case billed on this line; a case is on at most one line that is not voided.</summary>
    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    public string Description { get; set; } = "";

    public ProcedureType? ProcedureType { get; set; }

    public short[]? Teeth { get; set; }

    public decimal Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }

    /// <summary>1-based line order.</summary>
    public int Position { get; set; }

    /// <summary>
    /// Set on every line when the invoice is cancelled (or a draft deleted): the line stays as history, and its case
    /// can be invoiced again, since the one-invoice-per-case unique index only covers lines that are not voided.
    /// </summary>
    public bool IsVoided { get; set; }

    /// <summary>Quantity × unit price, rounded half away from zero to cents (used by <see cref="Invoice.Recalculate"/>).</summary>
    public static decimal LineAmount(decimal quantity, decimal unitPrice) =>
        Math.Round(quantity * unitPrice, 2, MidpointRounding.AwayFromZero);
}
