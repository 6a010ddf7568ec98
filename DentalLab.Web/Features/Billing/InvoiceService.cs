using System.Text.Json;
using System.Security.Cryptography;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Billing;

/// <summary>
/// Invoices: drafts from delivered cases, line edits while draft, send (PDF + email), payments (the over-payment
/// guard lives in the database), cancel and refund. Money is computed only by <see cref="Invoice.Recalculate"/>.
/// </summary>
public sealed class InvoiceService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    BillingDocuments documents,
    ILabEmailSender email,
    LiveEventBus bus,
    TimeProvider clock,
    ILogger<InvoiceService> logger)
{
    public static string Topic => LiveEvent.Invoices;
    private const string ConflictMessage = "Someone else changed this invoice at the same time. Reload it and try again.";

    /// <summary>The dentist's delivered cases that are on no invoice yet (lines of cancelled invoices are voided).</summary>
    public async Task<IReadOnlyList<BillableCase>> BillableCasesAsync(Guid dentistId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await BillableCases(db, dentistId)
            .OrderBy(c => c.DeliveredAt).ThenBy(c => c.CaseNumber)
            .Select(c => new BillableCase(c.Id, c.CaseNumber, c.ProcedureType, c.Urgency, c.Units, c.DeliveredAt))
            .ToListAsync(ct);
    }

    /// <summary>Every delivered case on no invoice yet, across dentists, the longest waiting first (the "To invoice" screen).</summary>
    public async Task<IReadOnlyList<UninvoicedCase>> UninvoicedAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await documents.TodayAsync();
        var zone = await documents.TimeZoneAsync();
        var rows = await BillableCases(db)
            .OrderBy(c => c.DeliveredAt).ThenBy(c => c.CaseNumber)
            .Select(c => new { c.Id, c.CaseNumber, c.DentistId, c.Dentist!.PracticeName, c.Dentist.DentistName, c.ProcedureType, c.DeliveredAt })
            .ToListAsync(ct);
        return rows.ConvertAll(r =>
        {
            DateOnly? delivered = r.DeliveredAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : null;
            return new UninvoicedCase(r.Id, r.CaseNumber, r.DentistId, r.PracticeName, r.DentistName, r.ProcedureType, delivered,
                delivered is { } d ? Math.Max(0, today.DayNumber - d.DayNumber) : 0);
        });
    }

    /// <summary>
    /// "Invoice all for this month": one draft per dentist holding all of their delivered, not-invoiced cases, each made
    /// by <see cref="CreateDraftAsync"/>. Repeating it makes nothing new (the cases are invoiced), and two runs at once make
    /// no duplicates: a case is on one live invoice line at most (unique index), so the slower run's draft is refused whole.
    /// </summary>
    public async Task<InvoiceAllResult> InvoiceAllAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        List<(Guid DentistId, string Practice, Guid CaseId)> pending;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            pending = (await BillableCases(db).OrderBy(c => c.Dentist!.PracticeName)
                    .Select(c => new { c.DentistId, c.Dentist!.PracticeName, c.Id }).ToListAsync(ct))
                .ConvertAll(c => (c.DentistId, c.PracticeName, c.Id));
        }

        var created = new List<string>();
        var problems = new List<string>();
        foreach (var dentist in pending.GroupBy(p => (p.DentistId, p.Practice)))
        {
            var (result, number) = await CreateDraftAsync(dentist.Key.DentistId, [.. dentist.Select(c => c.CaseId)], ct);
            if (number is not null)
            {
                created.Add(number);
            }
            else
            {
                problems.Add($"{dentist.Key.Practice}: {result.Message}");
            }
        }

        return new InvoiceAllResult(created, problems);
    }

    /// <summary>Creates a draft with one line per case, priced from the list in force on the case's received date.</summary>
    public async Task<(ChangeResult Result, string? InvoiceNumber)> CreateDraftAsync(Guid dentistId, IReadOnlyCollection<Guid> caseIds, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        if (caseIds.Count == 0)
        {
            return (ChangeResult.Fail("Cases", "Choose at least one delivered case."), null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentist = await db.Set<DentistProfile>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == dentistId, ct);
        if (dentist is null)
        {
            return (ChangeResult.Fail("Dentist", "Choose a dentist."), null);
        }

        var cases = await BillableCases(db, dentistId).Where(c => caseIds.Contains(c.Id)).OrderBy(c => c.DeliveredAt).ThenBy(c => c.CaseNumber).ToListAsync(ct);
        if (cases.Count != caseIds.Count)
        {
            return (ChangeResult.Fail("Cases", "Some of the chosen cases are not delivered, belong to another dentist or are already invoiced."), null);
        }

        var prices = await db.ProcedurePrices.AsNoTracking().ToListAsync(ct);
        var letterhead = await documents.LetterheadAsync();
        var today = await documents.TodayAsync();
        var invoice = new Invoice
        {
            DentistId = dentistId,
            Status = InvoiceStatus.Draft,
            IssueDate = today,
            DueDate = today.AddDays(letterhead.TermsDays),
            TaxRate = await documents.TaxRateAsync(),
            CreatedById = me,
        };
        var position = 1;
        foreach (var @case in cases)
        {
            var received = DateOnly.FromDateTime(@case.ReceivedAt.UtcDateTime);
            var price = prices.Where(p => p.ProcedureType == @case.ProcedureType && p.ValidFrom <= received).MaxBy(p => p.ValidFrom)
                ?? prices.Where(p => p.ProcedureType == @case.ProcedureType).MinBy(p => p.ValidFrom);
            if (price is null)
            {
                return (ChangeResult.Fail("Cases", $"The price list has no price for {Labels.Label(@case.ProcedureType)} ({@case.CaseNumber})."), null);
            }

            invoice.Items.Add(new InvoiceItem
            {
                CaseId = @case.Id,
                Description = CaseDescription(@case),
                ProcedureType = @case.ProcedureType,
                Teeth = @case.Teeth.Length > 0 ? @case.Teeth : null,
                Quantity = Math.Max(1, @case.Units),
                UnitPrice = price.UnitPriceFor(@case.Urgency),
                Position = position++,
            });
        }

        invoice.Recalculate(dentist.DiscountPercent);
        db.Add(invoice);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return (ChangeResult.Fail("Cases", "One of the cases was invoiced by someone else a moment ago. Reload the list."), null);
        }

        await db.Entry(invoice).ReloadAsync(ct);
        await PublishAsync(LiveKinds.InvoiceCreated, invoice.InvoiceNumber, ct);
        return (ChangeResult.Ok(), invoice.InvoiceNumber);
    }

    /// <summary>Changes a line of a draft (description, quantity, unit price).</summary>
    public Task<ChangeResult> UpdateLineAsync(string invoiceNumber, Guid lineId, LineInput input, uint version, CancellationToken ct = default) =>
        EditDraftAsync(invoiceNumber, version, input, (invoice, db) =>
        {
            var line = invoice.Items.SingleOrDefault(i => i.Id == lineId && !i.IsVoided);
            if (line is null)
            {
                return "That line is no longer on the invoice.";
            }

            line.Description = input.Description.Trim();
            line.Quantity = input.Quantity;
            line.UnitPrice = input.UnitPrice;
            return null;
        }, ct);

    /// <summary>Adds a free line (shipping, a rework charge...) to a draft.</summary>
    public Task<ChangeResult> AddLineAsync(string invoiceNumber, LineInput input, uint version, CancellationToken ct = default) =>
        EditDraftAsync(invoiceNumber, version, input, (invoice, db) =>
        {
            invoice.Items.Add(new InvoiceItem
            {
                Description = input.Description.Trim(),
                Quantity = input.Quantity,
                UnitPrice = input.UnitPrice,
                Position = invoice.Items.Select(i => i.Position).DefaultIfEmpty(0).Max() + 1,
            });
            return null;
        }, ct);

    /// <summary>Removes a line from a draft; a case line's case becomes billable again.</summary>
    public Task<ChangeResult> RemoveLineAsync(string invoiceNumber, Guid lineId, uint version, CancellationToken ct = default) =>
        EditDraftAsync(invoiceNumber, version, null, (invoice, db) =>
        {
            var line = invoice.Items.SingleOrDefault(i => i.Id == lineId && !i.IsVoided);
            if (line is null)
            {
                return "That line is no longer on the invoice.";
            }

            invoice.Items.Remove(line);
            db.Remove(line);
            return null;
        }, ct);

    /// <summary>Marks a draft sent (dated today, due after the terms), stores its PDF's SHA-256 and emails the PDF.</summary>
    public async Task<ChangeResult> SendAsync(string invoiceNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoice = await Load(db, invoiceNumber).Include(i => i.Dentist).SingleOrDefaultAsync(ct);
        if (invoice is null)
        {
            return ChangeResult.Fail("", "Invoice not found.");
        }

        if (InvoiceRules.Refusal(invoice.Status, InvoiceAction.Send) is { } refusal)
        {
            return ChangeResult.Fail("", refusal);
        }

        if (!invoice.Items.Any(i => !i.IsVoided) || invoice.Total <= 0)
        {
            return ChangeResult.Fail("", "Add at least one line with an amount before sending.");
        }

        var letterhead = await documents.LetterheadAsync();
        var today = await documents.TodayAsync();
        invoice.IssueDate = today;
        invoice.DueDate = today.AddDays(letterhead.TermsDays);
        invoice.Status = InvoiceStatus.Sent;
        invoice.SentAt = clock.GetUtcNow();
        var pdf = InvoicePdf.Render(BillingDocuments.ToPdfModel(invoice, invoice.Dentist!, letterhead));
        invoice.PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        if (await SaveAsync(db, ct) is { } conflict)
        {
            return conflict;
        }

        await PublishAsync(LiveKinds.InvoiceSent, invoice.InvoiceNumber, ct);
        var dentist = invoice.Dentist!;
        try
        {
            await email.SendAsync(new LabEmail(
                dentist.InvoiceEmail,
                dentist.PracticeName,
                $"Invoice {invoice.InvoiceNumber} from {letterhead.LabName}",
                $"Dear {dentist.DentistName},\n\nplease find attached invoice {invoice.InvoiceNumber} of {Money.Format(invoice.Total, letterhead.Currency)}, due on {invoice.DueDate:yyyy-MM-dd}.\n\n{letterhead.PaymentInstructions}\n\n{letterhead.LabName}",
                [new LabEmailAttachment($"{invoice.InvoiceNumber}.pdf", "application/pdf", pdf)]), ct);
        }
        catch (Exception ex) when (ex is MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException or System.Security.Authentication.AuthenticationException or IOException or InvalidOperationException)
        {
            logger.LogError(ex, "Invoice {InvoiceNumber} was marked sent but its email failed", invoice.InvoiceNumber);
            return ChangeResult.Ok("The invoice is marked sent, but the email could not be sent. Download the PDF and send it by hand.");
        }

        return ChangeResult.Ok();
    }

    /// <summary>Cancels a draft or sent invoice with nothing paid; its lines are voided, which frees the cases.</summary>
    public async Task<ChangeResult> CancelAsync(string invoiceNumber, string reason, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        reason = reason.Trim();
        if (reason.Length is 0 or > 500)
        {
            return ChangeResult.Fail("Reason", reason.Length == 0 ? "Say why the invoice is cancelled." : "Use at most 500 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoice = await Load(db, invoiceNumber).SingleOrDefaultAsync(ct);
        if (invoice is null)
        {
            return ChangeResult.Fail("", "Invoice not found.");
        }

        if (InvoiceRules.Refusal(invoice.Status, InvoiceAction.Cancel, invoice.AmountPaid) is { } refusal)
        {
            return ChangeResult.Fail("", refusal);
        }

        invoice.Status = InvoiceStatus.Cancelled;
        invoice.CancelledAt = clock.GetUtcNow();
        invoice.CancelReason = reason;
        foreach (var item in invoice.Items)
        {
            item.IsVoided = true;
        }

        if (await SaveAsync(db, ct) is { } conflict)
        {
            return conflict;
        }

        await PublishAsync(LiveKinds.InvoiceCancelled, invoice.InvoiceNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Refunds a paid invoice in full: a refund payment is recorded and the invoice becomes refunded.</summary>
    public async Task<ChangeResult> RefundAsync(string invoiceNumber, string reason, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        reason = reason.Trim();
        if (reason.Length is 0 or > 500)
        {
            return ChangeResult.Fail("Reason", reason.Length == 0 ? "Say why the invoice is refunded." : "Use at most 500 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoice = await db.Invoices.Include(i => i.Payments).SingleOrDefaultAsync(i => i.InvoiceNumber == invoiceNumber, ct);
        if (invoice is null)
        {
            return ChangeResult.Fail("", "Invoice not found.");
        }

        if (InvoiceRules.Refusal(invoice.Status, InvoiceAction.Refund) is { } refusal)
        {
            return ChangeResult.Fail("", refusal);
        }

        var now = clock.GetUtcNow();
        var lastPayment = invoice.Payments.Where(p => p.Kind == Payment.KindPayment).OrderByDescending(p => p.PaidOn).FirstOrDefault();
        if (invoice.AmountPaid > 0)
        {
            invoice.Payments.Add(new Payment
            {
                Kind = Payment.KindRefund,
                Amount = invoice.AmountPaid,
                Method = lastPayment?.Method ?? PaymentMethod.BankTransfer,
                PaidOn = await documents.TodayAsync(),
                Notes = reason,
                RecordedById = me,
            });
        }

        invoice.AmountPaid = 0;
        invoice.Status = InvoiceStatus.Refunded;
        invoice.RefundedAt = now;
        invoice.RefundReason = reason;
        if (await SaveAsync(db, ct) is { } conflict)
        {
            return conflict;
        }

        await PublishAsync(LiveKinds.InvoiceRefunded, invoice.InvoiceNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// Records a payment. The balance check is one conditional UPDATE in the same transaction as the payment's insert
    /// (amount_paid + x &lt;= total), so two payments at the same moment cannot together exceed the balance: the second
    /// waits for the first's row lock, re-reads the row and matches nothing.
    /// </summary>
    public async Task<ChangeResult> RecordPaymentAsync(string invoiceNumber, PaymentInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.PaymentsRecord, ct);
        var today = await documents.TodayAsync();
        var result = new ChangeResult();
        if (input.Amount <= 0)
        {
            result.Errors[nameof(input.Amount)] = "Enter an amount greater than zero.";
        }
        else if (decimal.Round(input.Amount, 2) != input.Amount)
        {
            result.Errors[nameof(input.Amount)] = "Use at most two decimals (cents).";
        }

        if (input.PaidOn > today)
        {
            result.Errors[nameof(input.PaidOn)] = "The payment date cannot be in the future.";
        }

        var reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        if (reference?.Length > 100)
        {
            result.Errors[nameof(input.Reference)] = "Use at most 100 characters.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.InvoiceNumber == invoiceNumber)
            .Select(i => new { i.Id, i.Status, i.Total, i.AmountPaid, i.IssueDate }).SingleOrDefaultAsync(ct);
        if (invoice is null)
        {
            return ChangeResult.Fail("", "Invoice not found.");
        }

        if (InvoiceRules.Refusal(invoice.Status, InvoiceAction.RecordPayment) is { } refusal)
        {
            return ChangeResult.Fail("", refusal);
        }

        var currency = (await documents.LetterheadAsync()).Currency;
        if (input.Amount > invoice.Total - invoice.AmountPaid)
        {
            return ChangeResult.Fail(nameof(input.Amount), $"The balance is {Money.Format(invoice.Total - invoice.AmountPaid, currency)}: a payment cannot be more than that.");
        }

        var amount = input.Amount;
        var now = clock.GetUtcNow();
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        var updated = await ApplyPaymentAsync(db, invoice.Id, amount, now, ct);
        if (!updated)
        {
            await tx.RollbackAsync(ct);
            var fresh = await db.Invoices.AsNoTracking().Where(i => i.Id == invoice.Id).Select(i => new { i.Total, i.AmountPaid, i.Status }).SingleAsync(ct);
            return InvoiceRules.Refusal(fresh.Status, InvoiceAction.RecordPayment) is { } late
                ? ChangeResult.Fail("", late)
                : ChangeResult.Fail(nameof(input.Amount), $"Another payment was recorded a moment ago; the balance is now {Money.Format(fresh.Total - fresh.AmountPaid, currency)}: a payment cannot be more than that.");
        }

        // The conditional UPDATE is raw SQL that the audit interceptor does not see: describe it (the row is locked by now).
        var paid = await db.Invoices.AsNoTracking().Where(i => i.Id == invoice.Id).Select(i => new { i.AmountPaid, i.Status }).SingleAsync(ct);
        db.AuditLog.Add(AuditLogEntry.For("invoices", invoice.Id.ToString(), AuditAction.Update,
            JsonSerializer.Serialize(new { amount_paid = paid.AmountPaid - amount }), JsonSerializer.Serialize(new { amount_paid = paid.AmountPaid, status = paid.Status.ToString().ToLowerInvariant() })));
        db.Payments.Add(new Payment
        {
            InvoiceId = invoice.Id,
            Kind = Payment.KindPayment,
            Amount = amount,
            Method = input.Method,
            PaidOn = input.PaidOn,
            Reference = reference,
            RecordedById = me,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PublishAsync("payment.recorded", invoiceNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// Adds <paramref name="amount"/> to the invoice's amount_paid only if it stays within the total (and the invoice is
    /// sent or overdue), turning it paid when the balance reaches zero. Run inside the payment's transaction: the row
    /// lock it takes makes a concurrent payment wait, then re-check against the committed amount.
    /// </summary>
    public static async Task<bool> ApplyPaymentAsync(LabDbContext db, Guid invoiceId, decimal amount, DateTimeOffset now, CancellationToken ct = default) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE invoices
               SET amount_paid = amount_paid + {amount},
                   status = CASE WHEN amount_paid + {amount} = total THEN 'paid'::invoice_status ELSE status END,
                   paid_at = CASE WHEN amount_paid + {amount} = total THEN {now} ELSE paid_at END
             WHERE id = {invoiceId}
               AND deleted_at IS NULL
               AND status IN ('sent', 'overdue')
               AND amount_paid + {amount} <= total
            """, ct) == 1;

    internal static IQueryable<Case> BillableCases(LabDbContext db, Guid dentistId) =>
        BillableCases(db).Where(c => c.DentistId == dentistId);

    /// <summary>Delivered cases of any dentist on no live invoice line.</summary>
    internal static IQueryable<Case> BillableCases(LabDbContext db) =>
        db.Set<Case>().Where(c => c.Status == CaseStatus.Delivered && !db.InvoiceItems.Any(i => i.CaseId == c.Id && !i.IsVoided));

    private static string CaseDescription(Case @case)
    {
        var text = Labels.Label(@case.ProcedureType);
        if (!string.IsNullOrWhiteSpace(@case.Material))
        {
            text += ", " + @case.Material;
        }

        return @case.Urgency == UrgencyLevel.Standard ? text : $"{text} ({Labels.Label(@case.Urgency).ToLowerInvariant()})";
    }

    private static IQueryable<Invoice> Load(LabDbContext db, string invoiceNumber) =>
        db.Invoices.Include(i => i.Items.OrderBy(it => it.Position)).Where(i => i.InvoiceNumber == invoiceNumber);

    private async Task<ChangeResult> EditDraftAsync(string invoiceNumber, uint version, LineInput? input, Func<Invoice, LabDbContext, string?> change, CancellationToken ct)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesManage, ct);
        if (input is not null && Validate(input) is { Succeeded: false } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoice = await Load(db, invoiceNumber).Include(i => i.Dentist).SingleOrDefaultAsync(ct);
        if (invoice is null)
        {
            return ChangeResult.Fail("", "Invoice not found.");
        }

        if (InvoiceRules.Refusal(invoice.Status, InvoiceAction.EditLines) is { } refusal)
        {
            return ChangeResult.Fail("", refusal);
        }

        if (invoice.Version != version)
        {
            return ChangeResult.Fail("", ConflictMessage);
        }

        if (change(invoice, db) is { } problem)
        {
            return ChangeResult.Fail("", problem);
        }

        invoice.Recalculate(invoice.Dentist!.DiscountPercent);
        if (await SaveAsync(db, ct) is { } conflict)
        {
            return conflict;
        }

        await PublishAsync(LiveKinds.InvoiceChanged, invoiceNumber, ct);
        return ChangeResult.Ok();
    }

    private static ChangeResult Validate(LineInput input)
    {
        var result = new ChangeResult();
        var description = input.Description.Trim();
        if (description.Length == 0)
        {
            result.Errors[nameof(input.Description)] = "Describe the line.";
        }
        else if (description.Length > 500)
        {
            result.Errors[nameof(input.Description)] = "Use at most 500 characters.";
        }

        if (input.Quantity <= 0 || input.Quantity > 9999 || decimal.Round(input.Quantity, 2) != input.Quantity)
        {
            result.Errors[nameof(input.Quantity)] = "Enter a quantity above zero, with at most two decimals.";
        }

        if (input.UnitPrice < 0 || input.UnitPrice > 1_000_000 || decimal.Round(input.UnitPrice, 2) != input.UnitPrice)
        {
            result.Errors[nameof(input.UnitPrice)] = "Enter a unit price of zero or more, in cents at most.";
        }

        return result;
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
            return ChangeResult.Fail("", ConflictMessage);
        }
    }

    private Task PublishAsync(string kind, string invoiceNumber, CancellationToken ct) =>
        bus.PublishAsync(new LiveEvent(Topic, kind, invoiceNumber, currentUser.UserId), ct);
}
