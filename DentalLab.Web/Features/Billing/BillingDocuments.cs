using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Billing;

/// <summary>A generated document: its bytes and the file name to offer.</summary>
public sealed record PdfFile(string FileName, byte[] Content);

/// <summary>
/// The billing settings and the PDFs (invoice and monthly statement) as staff (invoices.view) or the dentist they
/// belong to (portal.access, through <see cref="DentistScope"/>) may download them. Anything else is "not found".
/// </summary>
public sealed class BillingDocuments(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope scope,
    LabSettings settings)
{
    public async Task<Letterhead> LetterheadAsync() => new(
        await settings.GetStringAsync("lab.name", "DentalLab"),
        (await settings.GetStringAsync("lab.address", "")).Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        await settings.GetStringAsync("lab.tax_number", ""),
        await settings.GetStringAsync("billing.currency", "USD"),
        await settings.GetStringAsync("billing.paper_size", "A4"),
        await settings.GetStringAsync("billing.payment_instructions", ""),
        Math.Clamp(await settings.GetIntAsync("billing.payment_terms_days", 30), 0, 365))
    {
        BankDetails = Lines(await settings.GetStringAsync(SettingKeys.BankDetails, "")),
    };

    private static string[] Lines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async Task<decimal> TaxRateAsync() => Math.Clamp(await settings.GetDecimalAsync("billing.tax_rate", 0m), 0m, 0.9999m);

    public Task<DateOnly> TodayAsync() => settings.TodayAsync();

    public Task<TimeZoneInfo> TimeZoneAsync() => settings.TimeZoneAsync();

    public async Task<string> CurrencyAsync() => await settings.GetStringAsync("billing.currency", "USD");

    /// <summary>The invoice PDF, or null when it does not exist or the user may not see it (the refusal is logged).</summary>
    public async Task<PdfFile?> InvoicePdfAsync(string invoiceNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (invoices, portal) = await VisibleInvoicesAsync(db, ct);
        if (invoices is null)
        {
            return null;
        }

        var invoice = await invoices.AsNoTracking()
            .Include(i => i.Items.Where(it => !it.IsVoided).OrderBy(it => it.Position)).ThenInclude(it => it.Case)
            .Include(i => i.Dentist)
            .Where(i => i.InvoiceNumber == invoiceNumber && (!portal || i.Status != InvoiceStatus.Draft))
            .SingleOrDefaultAsync(ct);
        if (invoice is null)
        {
            if (portal)
            {
                scope.LogRefused("invoice", invoiceNumber);
            }

            return null;
        }

        var pdf = InvoicePdf.Render(ToPdfModel(invoice, invoice.Dentist!, await LetterheadAsync()));
        return new PdfFile($"{invoice.InvoiceNumber}.pdf", pdf);
    }

    /// <summary>The monthly statement of a dentist, or null when unknown or out of the user's reach.</summary>
    public async Task<PdfFile?> StatementPdfAsync(Guid dentistId, int year, int month, CancellationToken ct = default) =>
        await StatementAsync(dentistId, year, month, ct) is { } statement
            ? new PdfFile($"statement-{year:0000}-{month:00}.pdf", StatementPdf.Render(statement, await LetterheadAsync()))
            : null;

    /// <summary>The figures of a dentist's monthly statement (what its PDF draws), or null when unknown or out of the user's reach.</summary>
    public async Task<Statement?> StatementAsync(Guid dentistId, int year, int month, CancellationToken ct = default)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2200)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await MayReachDentistAsync(db, dentistId, ct))
        {
            scope.LogRefused("statement", $"{dentistId}/{year:0000}-{month:00}");
            return null;
        }

        var dentist = await db.Set<DentistProfile>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == dentistId, ct);
        return dentist is null
            ? null
            : await StatementBuilder.BuildAsync(dbFactory, dentist, new DateOnly(year, month, 1), ct, await settings.TodayAsync());
    }

    /// <summary>Staff see every invoice; a dentist only their own, never drafts; anyone else nothing (null).</summary>
    private async Task<(IQueryable<Invoice>? Invoices, bool Portal)> VisibleInvoicesAsync(LabDbContext db, CancellationToken ct)
    {
        if (await currentUser.HasPermissionAsync(PermissionCodes.InvoicesView, ct))
        {
            return (db.Invoices, false);
        }

        if (await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct))
        {
            var dentistId = await scope.DentistIdAsync(db, ct);
            return (db.Invoices.Where(i => dentistId != null && i.DentistId == dentistId), true);
        }

        return (null, false);
    }

    private async Task<bool> MayReachDentistAsync(LabDbContext db, Guid dentistId, CancellationToken ct)
    {
        if (await currentUser.HasPermissionAsync(PermissionCodes.InvoicesView, ct))
        {
            return true;
        }

        return await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct) && await scope.DentistIdAsync(db, ct) == dentistId;
    }

    /// <summary>The PDF model of an invoice with its (non-voided) items loaded, case numbers included when the cases are.</summary>
    public static InvoicePdfModel ToPdfModel(Invoice invoice, DentistProfile dentist, Letterhead lab)
    {
        var lines = invoice.Items.Where(i => !i.IsVoided).OrderBy(i => i.Position).Select(i =>
        {
            var caseNumber = i.Case?.CaseNumber ?? "";
            var description = caseNumber.Length > 0 && i.Description.StartsWith(caseNumber + " ", StringComparison.Ordinal)
                ? i.Description[(caseNumber.Length + 1)..]
                : i.Description;
            return new InvoicePdfLine(caseNumber, description, Cases.Dentition.Describe(i.Teeth, i.Case?.BridgeSpans), i.Quantity, i.UnitPrice, i.Amount);
        }).ToList();
        var address = new[]
        {
            dentist.AddressLine1,
            dentist.AddressLine2,
            string.Join(" ", new[] { dentist.PostalCode, dentist.City }.Where(s => !string.IsNullOrWhiteSpace(s))),
            string.Join(", ", new[] { dentist.Region, dentist.Country }.Where(s => !string.IsNullOrWhiteSpace(s))),
        }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
        // The invoice keeps amounts, not the percent: show the dentist's percent only when it explains the amount.
        var discountPercent = Math.Round(invoice.Subtotal * dentist.DiscountPercent / 100m, 2, MidpointRounding.AwayFromZero) == invoice.DiscountAmount
            ? dentist.DiscountPercent
            : 0m;
        return new InvoicePdfModel(
            lab,
            new BillTo(dentist.PracticeName, dentist.DentistName, address, dentist.InvoiceEmail),
            invoice.InvoiceNumber,
            invoice.Status,
            invoice.IssueDate,
            invoice.DueDate,
            lines,
            invoice.Subtotal,
            invoice.DiscountAmount,
            discountPercent,
            invoice.TaxRate,
            invoice.TaxAmount,
            invoice.Total,
            invoice.AmountPaid);
    }
}
