using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Billing;

public enum InvoiceAction { EditLines, Send, RecordPayment, MarkOverdue, Cancel, Refund }

/// <summary>
/// The invoice status flow, in one place: draft → sent → paid; sent past its due date → overdue; cancel from draft
/// or sent (overdue is sent, too) while nothing is paid; refund from paid. Lines change only while draft.
/// </summary>
public static class InvoiceRules
{
    /// <summary>Null when <paramref name="action"/> is allowed from <paramref name="status"/>, else why not (for the user).</summary>
    public static string? Refusal(InvoiceStatus status, InvoiceAction action, decimal amountPaid = 0) => action switch
    {
        InvoiceAction.EditLines when status != InvoiceStatus.Draft =>
            $"This invoice is {Word(status)}: its lines are frozen. Only a draft can be edited.",
        InvoiceAction.Send when status != InvoiceStatus.Draft =>
            $"Only a draft can be sent; this invoice is {Word(status)}.",
        InvoiceAction.RecordPayment when status is not (InvoiceStatus.Sent or InvoiceStatus.Overdue) =>
            status == InvoiceStatus.Draft
                ? "Send the invoice before recording a payment."
                : $"Payments can only be recorded against a sent or overdue invoice; this one is {Word(status)}.",
        InvoiceAction.MarkOverdue when status != InvoiceStatus.Sent =>
            $"Only a sent invoice can become overdue; this one is {Word(status)}.",
        InvoiceAction.Cancel when status is not (InvoiceStatus.Draft or InvoiceStatus.Sent or InvoiceStatus.Overdue) =>
            $"Only a draft or sent invoice can be cancelled; this one is {Word(status)}.",
        InvoiceAction.Cancel when amountPaid > 0 =>
            "Payments have been recorded against this invoice: it cannot be cancelled.",
        InvoiceAction.Refund when status != InvoiceStatus.Paid =>
            $"Only a paid invoice can be refunded; this one is {Word(status)}.",
        _ => null,
    };

    /// <summary>Throws a <see cref="BillingException"/> with the refusal when the action is not allowed.</summary>
    public static void Demand(Invoice invoice, InvoiceAction action)
    {
        if (Refusal(invoice.Status, action, invoice.AmountPaid) is { } message)
        {
            throw new BillingException(message);
        }
    }

    private static string Word(InvoiceStatus status) => Labels.Label(status).ToLowerInvariant();
}
