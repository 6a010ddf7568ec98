using System.Globalization;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Billing;

/// <summary>A billing rule was broken (an illegal transition, a payment over the balance...): the message is for the user.</summary>
public sealed class BillingException(string message) : Exception(message);

public sealed record InvoiceQuery(
    InvoiceStatus? Status = null,
    Guid? DentistId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool OverdueOnly = false,
    int Page = 0,
    int PageSize = 25);

public sealed record InvoiceRow(
    Guid Id,
    string InvoiceNumber,
    string PracticeName,
    InvoiceStatus Status,
    DateOnly IssueDate,
    DateOnly DueDate,
    decimal Total,
    decimal AmountPaid)
{
    public decimal Balance => Total - AmountPaid;
}

/// <summary>
/// The list's totals, adding up: <see cref="Outstanding"/> = <see cref="Invoiced"/> − <see cref="Paid"/> − <see cref="Refunded"/>
/// (what refunded invoices no longer ask for). Cancelled invoices are in none of them: <see cref="Cancelled"/> says how much they were.
/// </summary>
public sealed record InvoiceTotals(decimal Invoiced, decimal Paid, decimal Outstanding, decimal Refunded = 0, decimal Cancelled = 0, int CancelledCount = 0);

public sealed record InvoicePage(IReadOnlyList<InvoiceRow> Rows, int Count, InvoiceTotals Totals);

public sealed record DentistOption(Guid Id, string PracticeName, string DentistName);

/// <summary>A delivered case on no invoice yet, as the "To invoice" screen lists it; <see cref="AgeDays"/> since delivery.</summary>
public sealed record UninvoicedCase(Guid Id, string CaseNumber, Guid DentistId, string PracticeName, string DentistName, ProcedureType Procedure, DateOnly? DeliveredOn, int AgeDays);

/// <summary>What "Invoice all" did: the drafts it made, and anything it could not invoice (in words).</summary>
public sealed record InvoiceAllResult(IReadOnlyList<string> Created, IReadOnlyList<string> Problems);

public sealed record BillableCase(Guid Id, string CaseNumber, ProcedureType Procedure, UrgencyLevel Urgency, int Units, DateTimeOffset? DeliveredAt);

public sealed record InvoiceLineView(Guid Id, int Position, string? CaseNumber, string Description, ProcedureType? Procedure, short[]? Teeth, decimal Quantity, decimal UnitPrice, decimal Amount, string? BridgeSpans = null);

public sealed record PaymentView(Guid Id, string Kind, decimal Amount, PaymentMethod Method, DateOnly PaidOn, string? Reference, string? Notes);

public sealed record InvoiceDetail(
    Guid Id,
    string InvoiceNumber,
    Guid DentistId,
    string PracticeName,
    string DentistName,
    string InvoiceEmail,
    InvoiceStatus Status,
    DateOnly IssueDate,
    DateOnly DueDate,
    decimal Subtotal,
    decimal DiscountAmount,
    decimal TaxRate,
    decimal TaxAmount,
    decimal Total,
    decimal AmountPaid,
    DateTimeOffset? SentAt,
    DateTimeOffset? PaidAt,
    string? CancelReason,
    string? RefundReason,
    string? PdfSha256,
    uint Version,
    IReadOnlyList<InvoiceLineView> Lines,
    IReadOnlyList<PaymentView> Payments)
{
    public decimal Balance => Total - AmountPaid;

    public bool IsDraft => Status == InvoiceStatus.Draft;
}

/// <summary>A line as typed in the draft editor (a case line's price, quantity and text, or a free line such as shipping).</summary>
public sealed class LineInput
{
    public string Description { get; set; } = "";

    public decimal Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }
}

public sealed class PaymentInput
{
    public decimal Amount { get; set; }

    public PaymentMethod Method { get; set; } = PaymentMethod.BankTransfer;

    public DateOnly PaidOn { get; set; }

    public string? Reference { get; set; }
}

public sealed record PriceRow(Guid Id, ProcedureType Procedure, decimal UnitPrice, decimal RushSurchargePercent, decimal EmergencySurchargePercent, DateOnly ValidFrom);

public sealed class PriceInput
{
    public decimal UnitPrice { get; set; }

    public decimal RushSurchargePercent { get; set; }

    public decimal EmergencySurchargePercent { get; set; }
}

public sealed record DentistDiscountRow(Guid Id, string PracticeName, string DentistName, decimal DiscountPercent);

/// <summary>Money as the lab shows it: its currency's symbol (or code) and two decimals, the same in every culture.</summary>
public static class Money
{
    public static string Format(decimal amount, string currency)
    {
        var number = Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
        var sign = amount < 0 ? "-" : "";
        return currency.ToUpperInvariant() switch
        {
            "USD" => $"{sign}${number}",
            "EUR" => $"{sign}€{number}",
            "GBP" => $"{sign}£{number}",
            _ => $"{sign}{number} {currency}",
        };
    }
}
