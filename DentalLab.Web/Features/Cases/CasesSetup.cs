using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Audit;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Settings;

namespace DentalLab.Web.Features.Cases;

public static class CasesSetup
{
    public static IServiceCollection AddCaseFeatures(this IServiceCollection services)
    {
        services.AddSingleton<FileStore>();
        services.AddOptions<StagedUploadOptions>().BindConfiguration("Files");
        services.AddRecurringJob<StagedUploadCleanupJob>(StagedUploadCleanupJob.Name, sp =>
            new JobSchedule(TimeSpan.FromMinutes(Math.Clamp(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StagedUploadOptions>>().Value.StagedCleanupMinutes, 1, 1440))));
        services.AddScoped<CaseService>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseFileService>();
        return services;
    }

    /// <summary>The case addresses that answer with a file rather than a page: CSV export, ticket PDF, file downloads.</summary>
    public static void MapCaseEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cases/export.csv", async (HttpContext http, CaseQueries cases, LabSettings settings) =>
        {
            var query = CaseListQuery.Parse(name => http.Request.Query[name].FirstOrDefault());
            var zone = await settings.TimeZoneAsync();
            await CsvWriter.StreamAsync(http, "cases", CaseCsv.Columns(zone), cases.ExportAsync(query, http.RequestAborted));
        }).RequireAuthorization(PermissionCodes.CasesView, PermissionCodes.ReportsExport);

        endpoints.MapGet("/cases/{caseNumber}/ticket.pdf", async (string caseNumber, CaseQueries cases, CancellationToken ct) =>
            await cases.TicketAsync(caseNumber, ct) is { } ticket
                ? Results.File(CaseTicket.Render(ticket), "application/pdf")
                : Results.NotFound())
            .RequireAuthorization(PermissionCodes.CasesView)
            .AuditDownload("cases", "caseNumber", "case ticket PDF", caseRouteValue: "caseNumber");

        // Staff with cases.files, or a dentist for their own visible files: the service decides; anything else is 404.
        endpoints.MapGet("/cases/{caseNumber}/files/{fileId:guid}", async (HttpContext http, string caseNumber, Guid fileId, bool? download, CaseFileService files) =>
        {
            var file = await files.OpenAsync(caseNumber, fileId, http.RequestAborted);
            if (file is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            return file.IsImage && download != true
                ? Results.File(file.Content, file.ContentType)
                : Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization().AuditDownload("case_files", "fileId", "case file", caseRouteValue: "caseNumber");
    }
}
