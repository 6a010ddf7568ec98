using System.Globalization;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Billing;

public sealed record PortalInvoices(Guid DentistId, string Currency, IReadOnlyList<InvoiceRow> Invoices, IReadOnlyList<string> StatementMonths);

/// <summary>Reads of invoices: the filtered list with its totals, CSV, the detail, and the dentist's own list.</summary>
public sealed class InvoiceQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, DentistScope scope, BillingDocuments documents)
{
    public async Task<IReadOnlyList<DentistOption>> DentistsAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<DentistProfile>().AsNoTracking().OrderBy(d => d.PracticeName)
            .Select(d => new DentistOption(d.Id, d.PracticeName, d.DentistName)).ToListAsync(ct);
    }

    public async Task<InvoicePage> ListAsync(InvoiceQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invoices = Filter(db, query, await documents.TodayAsync());
        var count = await invoices.CountAsync(ct);
        // Totals of the filtered set; cancelled invoices and drafts owe nothing.
        var sums = await invoices.Where(i => i.Status != InvoiceStatus.Cancelled && i.Status != InvoiceStatus.Draft)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Invoiced = g.Sum(i => i.Total),
                Paid = g.Sum(i => i.AmountPaid),
                Outstanding = g.Where(i => i.Status != InvoiceStatus.Refunded).Sum(i => i.Total - i.AmountPaid),
                Refunded = g.Where(i => i.Status == InvoiceStatus.Refunded).Sum(i => i.Total - i.AmountPaid),
            })
            .SingleOrDefaultAsync(ct);
        var cancelled = await invoices.Where(i => i.Status == InvoiceStatus.Cancelled)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Total = g.Sum(i => i.Total) }).SingleOrDefaultAsync(ct);
        var rows = await Project(invoices.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.InvoiceNumber))
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new InvoicePage(rows, count, new InvoiceTotals(
            sums?.Invoiced ?? 0, sums?.Paid ?? 0, sums?.Outstanding ?? 0, sums?.Refunded ?? 0, cancelled?.Total ?? 0, cancelled?.Count ?? 0));
    }

    /// <summary>The filtered invoices for the CSV export, oldest first.</summary>
    public async IAsyncEnumerable<InvoiceRow> ExportAsync(InvoiceQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Project(Filter(db, query, await documents.TodayAsync()).OrderBy(i => i.IssueDate).ThenBy(i => i.InvoiceNumber));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    public static readonly IReadOnlyList<CsvColumn<InvoiceRow>> CsvColumns =
    [
        new("Invoice number", r => r.InvoiceNumber),
        new("Practice", r => r.PracticeName),
        new("Status", r => Labels.Label(r.Status)),
        new("Issue date", r => CsvWriter.Date(r.IssueDate)),
        new("Due date", r => CsvWriter.Date(r.DueDate)),
        new("Total", r => CsvWriter.Money(r.Total)),
        new("Paid", r => CsvWriter.Money(r.AmountPaid)),
        new("Balance", r => CsvWriter.Money(r.Balance)),
    ];

    public async Task<InvoiceDetail?> DetailAsync(string invoiceNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.InvoicesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invoices.AsNoTracking().Where(i => i.InvoiceNumber == invoiceNumber)
            .Select(i => new InvoiceDetail(
                i.Id, i.InvoiceNumber, i.DentistId, i.Dentist!.PracticeName, i.Dentist.DentistName,
                i.Dentist.BillingEmail ?? i.Dentist.Email, i.Status, i.IssueDate, i.DueDate,
                i.Subtotal, i.DiscountAmount, i.TaxRate, i.TaxAmount, i.Total, i.AmountPaid, i.SentAt, i.PaidAt,
                i.CancelReason, i.RefundReason, i.PdfSha256, i.Version,
                i.Items.Where(it => !it.IsVoided).OrderBy(it => it.Position)
                    .Select(it => new InvoiceLineView(it.Id, it.Position, it.Case!.CaseNumber, it.Description, it.ProcedureType, it.Teeth, it.Quantity, it.UnitPrice, it.Amount, it.Case!.BridgeSpans)).ToList(),
                i.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.CreatedAt)
                    .Select(p => new PaymentView(p.Id, p.Kind, p.Amount, p.Method, p.PaidOn, p.Reference, p.Notes)).ToList()))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The signed-in dentist's own invoices (never drafts) and the months they can download statements for.</summary>
    public async Task<PortalInvoices?> MineAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await scope.DentistIdAsync(db, ct) is not { } dentistId)
        {
            return null;
        }

        var invoices = db.Invoices.AsNoTracking().Where(i => i.DentistId == dentistId && i.Status != InvoiceStatus.Draft);
        var rows = await Project(invoices.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.InvoiceNumber)).Take(200).ToListAsync(ct);
        var today = await documents.TodayAsync();
        var first = rows.Count == 0 ? today : rows.Min(r => r.IssueDate);
        var months = new List<string>();
        for (var m = new DateOnly(today.Year, today.Month, 1); m >= new DateOnly(first.Year, first.Month, 1) && months.Count < 12; m = m.AddMonths(-1))
        {
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return new PortalInvoices(dentistId, await documents.CurrencyAsync(), rows, months);
    }

    internal static IQueryable<Invoice> Filter(LabDbContext db, InvoiceQuery query, DateOnly today)
    {
        var invoices = db.Invoices.AsQueryable();
        if (query.Status is { } status)
        {
            invoices = invoices.Where(i => i.Status == status);
        }

        if (query.DentistId is { } dentistId)
        {
            invoices = invoices.Where(i => i.DentistId == dentistId);
        }

        if (query.From is { } from)
        {
            invoices = invoices.Where(i => i.IssueDate >= from);
        }

        if (query.To is { } to)
        {
            invoices = invoices.Where(i => i.IssueDate <= to);
        }

        if (query.OverdueOnly)
        {
            // Overdue by the date, even before the nightly job has flagged it.
            invoices = invoices.Where(i => (i.Status == InvoiceStatus.Sent || i.Status == InvoiceStatus.Overdue) && i.DueDate < today && i.Total > i.AmountPaid);
        }

        return invoices;
    }

    private static IQueryable<InvoiceRow> Project(IQueryable<Invoice> invoices) =>
        invoices.Select(i => new InvoiceRow(i.Id, i.InvoiceNumber, i.Dentist!.PracticeName, i.Status, i.IssueDate, i.DueDate, i.Total, i.AmountPaid));
}
