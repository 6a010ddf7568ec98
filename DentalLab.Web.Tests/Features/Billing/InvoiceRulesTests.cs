using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>The status flow as a table: every (status, action) pair is either allowed or refused with a message.</summary>
public sealed class InvoiceRulesTests
{
    private static readonly HashSet<(InvoiceStatus, InvoiceAction)> Legal =
    [
        (InvoiceStatus.Draft, InvoiceAction.EditLines),
        (InvoiceStatus.Draft, InvoiceAction.Send),
        (InvoiceStatus.Draft, InvoiceAction.Cancel),
        (InvoiceStatus.Sent, InvoiceAction.RecordPayment),
        (InvoiceStatus.Sent, InvoiceAction.MarkOverdue),
        (InvoiceStatus.Sent, InvoiceAction.Cancel),
        (InvoiceStatus.Overdue, InvoiceAction.RecordPayment),
        (InvoiceStatus.Overdue, InvoiceAction.Cancel),
        (InvoiceStatus.Paid, InvoiceAction.Refund),
    ];

    public static TheoryData<InvoiceStatus, InvoiceAction> Pairs()
    {
        var data = new TheoryData<InvoiceStatus, InvoiceAction>();
        foreach (var status in Enum.GetValues<InvoiceStatus>())
        {
            foreach (var action in Enum.GetValues<InvoiceAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_transition_is_allowed_exactly_when_the_flow_says_so(InvoiceStatus status, InvoiceAction action)
    {
        var refusal = InvoiceRules.Refusal(status, action);
        if (Legal.Contains((status, action)))
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal));
        }
    }

    [Fact]
    public void A_sent_invoice_with_payments_cannot_be_cancelled()
    {
        Assert.Contains("Payments have been recorded", InvoiceRules.Refusal(InvoiceStatus.Sent, InvoiceAction.Cancel, amountPaid: 10m), StringComparison.Ordinal);
        Assert.Throws<BillingException>(() => InvoiceRules.Demand(new Invoice { Status = InvoiceStatus.Paid }, InvoiceAction.Send));
    }
}
