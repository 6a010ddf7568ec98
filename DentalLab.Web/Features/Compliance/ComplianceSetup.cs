using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Audit;
using DentalLab.Web.Infrastructure.Jobs;

namespace DentalLab.Web.Features.Compliance;

/// <summary>Registers the compliance module: QC checklists, statements of conformity, delivery notes and the retention purge.</summary>
public static class ComplianceSetup
{
    public static IServiceCollection AddComplianceFeatures(this IServiceCollection services)
    {
        services.AddScoped<QcChecklistService>();
        services.AddScoped<StatementService>();
        services.AddScoped<DeliveryNoteService>();
        services.AddRecurringJob<RetentionPurgeJob>(RetentionPurgeJob.Name, _ => new JobSchedule(TimeSpan.FromDays(1)));
        return services;
    }

    public static IEndpointRouteBuilder MapComplianceEndpoints(this IEndpointRouteBuilder app)
    {
        // Staff who read cases, or the dentist of the case (the service decides); anyone else gets 404.
        app.MapGet("/cases/{caseNumber}/statements/{version:int}.pdf", async (HttpContext http, string caseNumber, int version, StatementService statements) =>
        {
            var opened = await statements.OpenAsync(caseNumber, version, http.RequestAborted);
            if (opened is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(opened.Content, "application/pdf", opened.FileName);
        }).RequireAuthorization().AuditDownload("conformity_statements", "version", "statement of conformity PDF", caseRouteValue: "caseNumber");

        app.MapGet("/cases/{caseNumber}/delivery-note.pdf", async (HttpContext http, string caseNumber, DeliveryNoteService notes) =>
            await notes.RenderAsync(caseNumber, http.RequestAborted) is { } pdf
                ? Results.File(pdf, "application/pdf", $"delivery-note-{caseNumber}.pdf")
                : Results.NotFound())
            .RequireAuthorization(PermissionCodes.CasesView)
            .AuditDownload("cases", "caseNumber", "delivery note PDF", caseRouteValue: "caseNumber");

        // A shipment's delivery note: every case handed over at its stop, each with its QR, the statements appended.
        app.MapGet("/logistics/shipments/{id:guid}/delivery-note.pdf", async (HttpContext http, Guid id, DeliveryNoteService notes) =>
            await notes.RenderForShipmentAsync(id, http.RequestAborted) is { } pdf
                ? Results.File(pdf, "application/pdf", $"delivery-note-{id:N}.pdf")
                : Results.NotFound())
            .RequireAuthorization(PermissionCodes.LogisticsView)
            .AuditDownload("shipments", "id", "delivery note PDF");
        return app;
    }
}
