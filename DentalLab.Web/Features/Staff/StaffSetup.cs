using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Csv;

namespace DentalLab.Web.Features.Staff;

/// <summary>Registers the staff module: its queries and service, and the CSV export.</summary>
public static class StaffSetup
{
    public static IServiceCollection AddStaffFeatures(this IServiceCollection services)
    {
        services.AddScoped<StaffQueries>();
        services.AddScoped<StaffService>();
        return services;
    }

    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/export.csv", async (HttpContext http, StaffQueries queries) =>
                await CsvWriter.StreamAsync(http, "staff", StaffQueries.CsvColumns, queries.ExportAsync(ParseQuery(http.Request.Query.ContainsKey, k => http.Request.Query[k].FirstOrDefault()), http.RequestAborted)))
            .RequireAuthorization(PermissionCodes.StaffView);
        return app;
    }

    /// <summary>The list's view from the query string (the page and the export read the same names).</summary>
    public static StaffQuery ParseQuery(Func<string, bool> _, Func<string, string?> get) => new(
        get("q"),
        Guid.TryParse(get("department"), out var department) ? department : null,
        get("title"),
        Enum.TryParse<EmploymentType>(get("employment"), true, out var employment) ? employment : null,
        get("skill"),
        int.TryParse(get("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) && page > 1 ? page - 1 : 0);

    public static Dictionary<string, object?> ToQuery(StaffQuery query) => new()
    {
        ["q"] = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search,
        ["department"] = query.DepartmentId?.ToString(),
        ["title"] = query.JobTitle,
        ["employment"] = query.Employment?.ToString(),
        ["skill"] = query.Skill,
        ["page"] = query.Page > 0 ? (query.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
    };

    public static string ToQueryString(StaffQuery query) =>
        QueryString.Create(ToQuery(query).Where(kv => kv.Value is not null).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value!.ToString()))).ToUriComponent();
}
