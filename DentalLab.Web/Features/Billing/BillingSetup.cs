using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Audit;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Jobs;

namespace DentalLab.Web.Features.Billing;

/// <summary>Registers the billing module: services, the overdue job, and the PDF/CSV endpoints.</summary>
public static class BillingSetup
{
    public static IServiceCollection AddBillingFeatures(this IServiceCollection services)
    {
        services.AddScoped<BillingDocuments>();
        services.AddScoped<InvoiceService>();
        services.AddScoped<InvoiceQueries>();
        services.AddScoped<PriceListService>();
        services.AddScoped<OverdueInvoices>();
        services.AddRecurringJob<OverdueInvoiceJob>(OverdueInvoiceJob.Name, _ => new JobSchedule(TimeSpan.FromDays(1)));
        return services;
    }

    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        // Staff (invoices.view) and dentists (portal.access, their own only) both reach these; the check is in BillingDocuments.
        app.MapGet("/invoices/{invoiceNumber}/pdf", async (string invoiceNumber, BillingDocuments documents, CancellationToken ct) =>
            await documents.InvoicePdfAsync(invoiceNumber, ct) is { } file
                ? Results.File(file.Content, "application/pdf", file.FileName)
                : Results.NotFound())
            .RequireAuthorization().AuditDownload("invoices", "invoiceNumber", "invoice PDF");

        app.MapGet("/billing/statements/{dentistId:guid}/{month}.pdf", async (Guid dentistId, string month, BillingDocuments documents, CancellationToken ct) =>
            DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && await documents.StatementPdfAsync(dentistId, first.Year, first.Month, ct) is { } file
                ? Results.File(file.Content, "application/pdf", file.FileName)
                : Results.NotFound())
            .RequireAuthorization().AuditDownload("dentists", "dentistId", "monthly statement PDF");

        app.MapGet("/invoices/export.csv", async (HttpContext http, InvoiceQueries queries) =>
            {
                var q = http.Request.Query;
                var query = new InvoiceQuery(
                    Enum.TryParse<InvoiceStatus>(q["status"], true, out var status) ? status : null,
                    Guid.TryParse(q["dentist"], out var dentist) ? dentist : null,
                    DateOnly.TryParseExact(q["from"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from) ? from : null,
                    DateOnly.TryParseExact(q["to"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) ? to : null,
                    q["overdue"] == "true");
                await CsvWriter.StreamAsync(http, "invoices", InvoiceQueries.CsvColumns, queries.ExportAsync(query, http.RequestAborted));
            })
            .RequireAuthorization(PermissionCodes.InvoicesView);
        return app;
    }
}
