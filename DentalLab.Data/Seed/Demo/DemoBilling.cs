using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data.Seed;

/// <summary>
/// Invoices for delivered cases, grouped per dentist and month, in every status: recent drafts, sent and overdue
/// ones (some part-paid), paid, refunded, and cancelled ones whose cases were invoiced again.
/// </summary>
internal static class DemoBilling
{
    private const int MaxCasesPerInvoice = 6;

    private const string InvoiceNumbersSql = "SELECT nextval('invoice_number_seq') AS \"Value\" FROM generate_series(1, {0})";

    private enum Outcome { Draft, Open, PartlyPaid, Paid, Refunded, Cancelled }

    private sealed record Plan(DemoDentist Dentist, List<Case> Cases, DateOnly IssueDate, Outcome Outcome);

    /// <summary>The batch's invoices (items referencing the cases, payments), not yet added to <paramref name="db"/>.</summary>
    public static async Task<List<Invoice>> NewInvoicesAsync(
        LabDbContext db, DemoWorld world, List<Case> batch, List<(Entity Row, DateTimeOffset At)> backdated, CancellationToken ct)
    {
        var plans = PlanInvoices(world, batch);
        var invoices = new List<Invoice>(plans.Count);
        if (plans.Count == 0)
        {
            return invoices;
        }

        var numbers = await db.Database.SqlQueryRaw<long>(InvoiceNumbersSql, plans.Count).ToListAsync(ct);
        numbers.Sort();
        for (var i = 0; i < plans.Count; i++)
        {
            var invoice = NewInvoice(world, plans[i], numbers[i]);
            invoices.Add(invoice);
            backdated.Add((invoice, DemoWorld.At(plans[i].IssueDate, 9)));
            AddPayments(world, invoice, plans[i].Outcome, backdated);
        }

        return invoices;
    }

    /// <summary>Billable delivered cases (not remakes the lab pays for) per dentist and delivery month, in chunks.</summary>
    private static List<Plan> PlanInvoices(DemoWorld world, List<Case> batch)
    {
        var dentists = world.Dentists.ToDictionary(d => d.Id);
        var plans = new List<Plan>();
        var groups = batch
            .Where(c => c.DeliveredAt is not null && c.RemakePayer != RemakePayer.Lab)
            .GroupBy(c => (c.DentistId, c.DeliveredAt!.Value.Year, c.DeliveredAt.Value.Month));
        foreach (var group in groups)
        {
            foreach (var chunk in group.OrderBy(c => c.DeliveredAt).Chunk(MaxCasesPerInvoice))
            {
                var lastDelivered = DemoWorld.DayOf(chunk[^1].DeliveredAt!.Value);
                var issue = lastDelivered.AddDays(world.Between(0, 3));
                issue = issue > world.Today ? world.Today : issue;
                var outcome = ChooseOutcome(world, issue);
                plans.Add(new Plan(dentists[group.Key.DentistId], [.. chunk], issue, outcome));
                if (outcome == Outcome.Cancelled)
                {
                    // Cancelled (wrong price, wrong address...) and issued again for the same cases.
                    var reissued = DemoWorld.DayOf(DemoWorld.Earlier(DemoWorld.At(issue, 12).AddDays(world.Between(1, 6)), world.Now));
                    plans.Add(new Plan(dentists[group.Key.DentistId], [.. chunk], reissued, ChooseOutcome(world, reissued, allowCancel: false)));
                }
            }
        }

        return [.. plans.OrderBy(p => p.IssueDate)];
    }

    private const int SettledAfterDays = 200;

    private static Outcome ChooseOutcome(DemoWorld world, DateOnly issue, bool allowCancel = true)
    {
        var age = world.Today.DayNumber - issue.DayNumber;
        if (age <= 4 && world.Chance(0.6))
        {
            return Outcome.Draft;
        }

        if (age < 3)
        {
            return Outcome.Open;
        }

        // A lab chases what is owed: beyond about half a year nearly every invoice is settled, so a ten-year history
        // is not a third unpaid (the six-month demo has no invoice that old, and draws the same numbers either way).
        var outcome = world.Weighted(
            [Outcome.Paid, Outcome.Open, Outcome.PartlyPaid, Outcome.Cancelled, Outcome.Refunded],
            age > SettledAfterDays ? [94, 1, 1, 2, 2] : [55, 22, 11, 6, 6]);
        return outcome == Outcome.Cancelled && !allowCancel ? Outcome.Paid : outcome;
    }

    private static Invoice NewInvoice(DemoWorld world, Plan plan, long number)
    {
        var invoice = new Invoice
        {
            InvoiceNumber = $"INV-{plan.IssueDate.Year:0000}-{number:00000}",
            DentistId = plan.Dentist.Id,
            IssueDate = plan.IssueDate,
            DueDate = plan.IssueDate.AddDays(world.PaymentTermsDays),
            TaxRate = world.TaxRate,
            CreatedById = world.FrontDeskId,
            Status = InvoiceStatus.Draft,
        };
        var position = 1;
        foreach (var @case in plan.Cases)
        {
            invoice.Items.Add(NewItem(world, @case, position++));
        }

        invoice.Recalculate(plan.Dentist.DiscountPercent);
        if (plan.Outcome != Outcome.Draft)
        {
            invoice.Status = InvoiceStatus.Sent;
            invoice.SentAt = DemoWorld.Earlier(DemoWorld.At(plan.IssueDate, 10), world.Now);
        }

        if (plan.Outcome == Outcome.Cancelled)
        {
            Cancel(world, invoice);
        }

        return invoice;
    }

    private static InvoiceItem NewItem(DemoWorld world, Case @case, int position)
    {
        var price = world.PriceFor(@case.ProcedureType, DemoWorld.DayOf(@case.ReceivedAt));
        var unitPrice = price.UnitPriceFor(@case.Urgency);
        var description = $"{@case.CaseNumber} {Label(@case.ProcedureType)}, {@case.Material}";
        if (@case.RemakePayer == RemakePayer.Split)
        {
            unitPrice = Math.Round(unitPrice / 2, 2, MidpointRounding.AwayFromZero);
            description = "Remake, cost shared: " + description;
        }

        if (@case.Urgency != UrgencyLevel.Standard)
        {
            description += $" ({@case.Urgency.ToString().ToLowerInvariant()})";
        }

        return new InvoiceItem
        {
            Case = @case,
            Description = description,
            ProcedureType = @case.ProcedureType,
            Teeth = @case.Teeth.Length > 0 ? @case.Teeth : null,
            Quantity = @case.Units,
            UnitPrice = unitPrice,
            Amount = Math.Round(@case.Units * unitPrice, 2, MidpointRounding.AwayFromZero),
            Position = position,
        };
    }

    private static string Label(ProcedureType type) => type switch
    {
        ProcedureType.PartialDenture => "Partial denture",
        ProcedureType.NightGuard => "Night guard",
        _ => type.ToString(),
    };

    /// <summary>Cancelled from draft or sent; its lines are voided so the cases can be billed again.</summary>
    private static void Cancel(DemoWorld world, Invoice invoice)
    {
        if (world.Chance(0.4))
        {
            invoice.SentAt = null;
        }

        invoice.Status = InvoiceStatus.Cancelled;
        invoice.CancelledAt = DemoWorld.Earlier(DemoWorld.At(invoice.IssueDate, 12).AddDays(1), world.Now);
        invoice.CancelReason = world.Pick(["Wrong price list applied.", "Billed to the wrong practice address.", "Cases to be billed on the monthly statement."]);
        foreach (var item in invoice.Items)
        {
            item.IsVoided = true;
        }
    }

    private static void AddPayments(DemoWorld world, Invoice invoice, Outcome outcome, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        switch (outcome)
        {
            case Outcome.Open:
                invoice.Status = Unpaid(world, invoice);
                break;
            case Outcome.PartlyPaid:
                var part = Math.Round(invoice.Total * (decimal)world.Between(0.3, 0.7), 2, MidpointRounding.AwayFromZero);
                Pay(world, invoice, part, PaymentDay(world, invoice), backdated);
                invoice.Status = Unpaid(world, invoice);
                break;
            case Outcome.Paid:
            case Outcome.Refunded:
                PayInFull(world, invoice, backdated);
                if (outcome == Outcome.Refunded)
                {
                    Refund(world, invoice, backdated);
                }

                break;
            case Outcome.Draft:
            case Outcome.Cancelled:
                break;
        }
    }

    private static InvoiceStatus Unpaid(DemoWorld world, Invoice invoice) =>
        world.Today > invoice.DueDate ? InvoiceStatus.Overdue : InvoiceStatus.Sent;

    private static DateOnly PaymentDay(DemoWorld world, Invoice invoice)
    {
        var latest = Math.Min(world.Today.DayNumber, invoice.DueDate.DayNumber + 15);
        var earliest = Math.Min(invoice.IssueDate.DayNumber + 1, latest);
        return DateOnly.FromDayNumber(world.Between(earliest, latest));
    }

    private static void PayInFull(DemoWorld world, Invoice invoice, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var day = PaymentDay(world, invoice);
        if (world.Chance(0.25) && invoice.Total >= 1m)
        {
            var first = Math.Round(invoice.Total / 2, 2, MidpointRounding.AwayFromZero);
            var firstDay = DateOnly.FromDayNumber(Math.Max(invoice.IssueDate.DayNumber, day.DayNumber - world.Between(3, 14)));
            Pay(world, invoice, first, firstDay, backdated);
        }

        Pay(world, invoice, invoice.Total - invoice.AmountPaid, day, backdated);
        invoice.Status = InvoiceStatus.Paid;
        invoice.PaidAt = DemoWorld.Earlier(DemoWorld.At(day, 14), world.Now);
    }

    private static void Pay(DemoWorld world, Invoice invoice, decimal amount, DateOnly day, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        if (amount <= 0)
        {
            return;
        }

        var method = world.Weighted([PaymentMethod.BankTransfer, PaymentMethod.CreditCard, PaymentMethod.Check, PaymentMethod.Cash], [60, 25, 10, 5]);
        var payment = new Payment
        {
            Kind = Payment.KindPayment,
            Amount = amount,
            Method = method,
            PaidOn = day,
            Reference = method switch
            {
                PaymentMethod.BankTransfer => $"TRF-{world.Between(100_000, 999_999)}",
                PaymentMethod.Check => $"CHQ {world.Between(1000, 9999)}",
                PaymentMethod.CreditCard => $"CARD-{world.Between(1000, 9999)}",
                _ => null,
            },
            RecordedById = world.FrontDeskId,
        };
        invoice.Payments.Add(payment);
        invoice.AmountPaid += amount;
        backdated.Add((payment, DemoWorld.Earlier(DemoWorld.At(day, 14), world.Now)));
    }

    /// <summary>Refunded in full after payment (kind refund): nothing is left paid.</summary>
    private static void Refund(DemoWorld world, Invoice invoice, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        if (invoice.AmountPaid <= 0)
        {
            return;
        }

        var paidDay = invoice.Payments.Max(p => p.PaidOn);
        var day = DateOnly.FromDayNumber(Math.Min(world.Today.DayNumber, paidDay.DayNumber + world.Between(2, 20)));
        var refund = new Payment
        {
            Kind = Payment.KindRefund,
            Amount = invoice.AmountPaid,
            Method = PaymentMethod.BankTransfer,
            PaidOn = day,
            Reference = $"RFD-{world.Between(100_000, 999_999)}",
            Notes = "Refund after remake agreed with the dentist.",
            RecordedById = world.ManagerId,
        };
        invoice.Payments.Add(refund);
        invoice.AmountPaid = 0;
        invoice.Status = InvoiceStatus.Refunded;
        invoice.RefundedAt = DemoWorld.Earlier(DemoWorld.At(day, 15), world.Now);
        invoice.RefundReason = "Restoration failed at seating; refunded in full.";
        backdated.Add((refund, invoice.RefundedAt.Value));
    }
}
