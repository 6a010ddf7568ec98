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
        var today = await documents.TodayAsync();
        var invoices = Filter(db, query, today);
        var (count, totals) = await TotalsAsync(db, query, today, ct);
        var rows = await Project(invoices.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.InvoiceNumber))
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new InvoicePage(rows, count, totals);
    }

    private sealed record StatusSum(InvoiceStatus Status, int Invoices, decimal Total, decimal AmountPaid);

    /// <summary>
    /// The number of invoices the filters match and their totals (cancelled invoices and drafts owe nothing). A ten-year
    /// lab has hundreds of thousands of invoices, so the months a lab-wide list covers whole are read from
    /// <c>invoice_month_totals</c> (kept by a trigger in the same transaction as each change) and only the rest from the
    /// invoices: a practice's invoices, the overdue view (it depends on today), and the part-months at the ends of a date range.
    /// </summary>
    private static async Task<(int Count, InvoiceTotals Totals)> TotalsAsync(LabDbContext db, InvoiceQuery query, DateOnly today, CancellationToken ct)
    {
        var sums = new List<StatusSum>();
        if (query.DentistId is null && !query.OverdueOnly)
        {
            // Whole months inside [From, To]: from the first month starting on or after From to the last ending on or before To.
            var first = query.From is { } from ? (from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1)) : (DateOnly?)null;
            var end = query.To is { } to ? (to.AddDays(1).Day == 1 ? to.AddDays(1) : new DateOnly(to.Year, to.Month, 1)) : (DateOnly?)null;
            if (first is null || end is null || first < end)
            {
                var months = db.InvoiceMonthTotals.AsNoTracking();
                if (first is { } firstMonth)
                {
                    months = months.Where(m => m.Month >= firstMonth);
                }

                if (end is { } endMonth)
                {
                    months = months.Where(m => m.Month < endMonth);
                }

                if (query.Status is { } status)
                {
                    months = months.Where(m => m.Status == status);
                }

                sums.AddRange(await months.GroupBy(m => m.Status)
                    .Select(g => new StatusSum(g.Key, g.Sum(m => m.Invoices), g.Sum(m => m.Total), g.Sum(m => m.AmountPaid))).ToListAsync(ct));
                var edges = Filter(db, query, today);
                IQueryable<Invoice>? rest = (first, end) switch
                {
                    ({ } f, { } e) => edges.Where(i => i.IssueDate < f || i.IssueDate >= e),
                    ({ } f, null) => edges.Where(i => i.IssueDate < f),
                    (null, { } e) => edges.Where(i => i.IssueDate >= e),
                    _ => null,
                };
                if (rest is not null)
                {
                    sums.AddRange(await ByStatus(rest).ToListAsync(ct));
                }

                return Combine(sums);
            }
        }

        sums.AddRange(await ByStatus(Filter(db, query, today)).ToListAsync(ct));
        return Combine(sums);
    }

    private static IQueryable<StatusSum> ByStatus(IQueryable<Invoice> invoices) =>
        invoices.GroupBy(i => i.Status).Select(g => new StatusSum(g.Key, g.Count(), g.Sum(i => i.Total), g.Sum(i => i.AmountPaid)));

    private static (int Count, InvoiceTotals Totals) Combine(List<StatusSum> sums)
    {
        decimal Sum(Func<StatusSum, bool> which, Func<StatusSum, decimal> value) => sums.Where(which).Sum(value);
        bool Billed(StatusSum s) => s.Status is not (InvoiceStatus.Cancelled or InvoiceStatus.Draft);
        return (sums.Sum(s => s.Invoices), new InvoiceTotals(
            Invoiced: Sum(Billed, s => s.Total),
            Paid: Sum(Billed, s => s.AmountPaid),
            Outstanding: Sum(s => Billed(s) && s.Status != InvoiceStatus.Refunded, s => s.Total - s.AmountPaid),
            Refunded: Sum(s => s.Status == InvoiceStatus.Refunded, s => s.Total - s.AmountPaid),
            Cancelled: Sum(s => s.Status == InvoiceStatus.Cancelled, s => s.Total),
            CancelledCount: sums.Where(s => s.Status == InvoiceStatus.Cancelled).Sum(s => s.Invoices)));
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
