using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Settings;

namespace DentalLab.Web.Features.Reports;

/// <summary>Registers the reports module: the queries, the view refresh job and the CSV endpoints.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReportFeatures(this IServiceCollection services)
    {
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportRefresher>();
        // The interval is the setting reports.refresh_minutes (default 15), read at each scheduler check (cached by LabSettings).
        services.AddRecurringJob<RefreshReportViewsJob>(RefreshReportViewsJob.Name, sp => new JobSchedule(TimeSpan.FromMinutes(Math.Clamp(
            sp.GetRequiredService<LabSettings>().GetIntAsync(SettingKeys.ReportRefreshMinutes, 15).GetAwaiter().GetResult(), 1, 1440))));
        return services;
    }

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        // /reports/revenue/export.csv?period=month&from=2026-11-01&dentist=…&table=dentists&sort=Paid&dir=desc: the table on that
        // page, for that period and filters, in the order the user sorted it.
        app.MapGet("/reports/{report}/export.csv", async (string report, HttpContext http, ReportQueries queries) =>
            {
                var q = http.Request.Query;
                var today = await queries.TodayAsync();
                var period = ReportPeriod.Parse(q["period"], q["from"], q["to"], today);
                await queries.DemandExportAsync(http.RequestAborted);
                var filter = ReportFilter.Parse(q["dentist"], q["procedure"], q["department"], q["technician"]);
                var export = await ReportCsv.BuildAsync(queries, report, q["table"].ToString(), period, filter, q["sort"], q["dir"], http.RequestAborted);
                if (export is null)
                {
                    return Results.NotFound();
                }

                await export(http);
                return Results.Empty;
            })
            .RequireAuthorization(PermissionCodes.ReportsExport);
        return app;
    }
}

/// <summary>"Refresh now": runs the refresh job on this instance through the scheduler's claim (reports.export).</summary>
public sealed class ReportRefresher(JobScheduler scheduler, Infrastructure.Auth.CurrentUser currentUser)
{
    /// <summary>True when this call refreshed the views; false when another instance was refreshing them already.</summary>
    public async Task<bool> RefreshNowAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.ReportsExport, ct);
        return await scheduler.RunNowAsync(RefreshReportViewsJob.Name, ct);
    }
}
