using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Calendar;
using DentalLab.Web.Infrastructure.Csv;

namespace DentalLab.Web.Features.Logistics;

public static class LogisticsSetup
{
    public static IServiceCollection AddLogisticsFeatures(this IServiceCollection services)
    {
        services.AddScoped<ShipmentService>();
        services.AddScoped<LogisticsQueries>();
        services.AddScoped<RouteService>();
        services.AddScoped<DriverService>();
        services.AddScoped<ICalendarSource, LogisticsCalendarSource>();
        return services;
    }

    /// <summary>The logistics addresses that answer with a file: the shipments CSV, the route sheet PDF, proof images.</summary>
    public static void MapLogisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/logistics/shipments/export.csv", async (HttpContext http, LogisticsQueries queries) =>
        {
            var filter = ShipmentQueryString.Parse(name => http.Request.Query[name].FirstOrDefault());
            var zone = await queries.TimeZoneAsync();
            await CsvWriter.StreamAsync(http, "shipments", LogisticsQueries.CsvColumns(zone), queries.ExportAsync(filter, http.RequestAborted));
        }).RequireAuthorization(PermissionCodes.LogisticsView);

        endpoints.MapGet("/logistics/routes/{id:guid}/sheet.pdf", async (Guid id, LogisticsQueries queries, CancellationToken ct) =>
            await queries.RouteAsync(id, ct) is { } route
                ? Results.File(RouteSheetPdf.Render(route, await queries.TimeZoneAsync()), "application/pdf")
                : Results.NotFound())
            .RequireAuthorization(PermissionCodes.LogisticsView);

        // Staff with logistics.view, or the dentist whose shipment it is: the query decides; anything else is 404.
        endpoints.MapGet("/logistics/shipments/{id:guid}/{kind:regex(^(signature|photo)$)}", async (HttpContext http, Guid id, string kind, LogisticsQueries queries) =>
        {
            var image = await queries.ProofAsync(id, kind == "photo", http.RequestAborted);
            if (image is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(image.Content, image.ContentType);
        }).RequireAuthorization();
    }
}

/// <summary>The shipment list's filters as query-string values (the page and the CSV read the same names).</summary>
public static class ShipmentQueryString
{
    public static ShipmentFilter Parse(Func<string, string?> get) => new(
        DateOnly.TryParseExact(get("from"), "yyyy-MM-dd", out var from) ? from : null,
        DateOnly.TryParseExact(get("to"), "yyyy-MM-dd", out var to) ? to : null,
        Enum.TryParse<ShipmentStatus>(get("status"), true, out var status) ? status : null,
        Enum.TryParse<ShipmentType>(get("type"), true, out var type) ? type : null,
        string.IsNullOrWhiteSpace(get("q")) ? null : get("q"),
        get("late") == "1");

    public static Dictionary<string, object?> ToQuery(ShipmentFilter f) => new()
    {
        ["from"] = f.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = f.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["status"] = f.Status?.ToString().ToLowerInvariant(),
        ["type"] = f.Type?.ToString().ToLowerInvariant(),
        ["q"] = f.Search,
        ["late"] = f.LateOnly ? "1" : null,
    };
}
