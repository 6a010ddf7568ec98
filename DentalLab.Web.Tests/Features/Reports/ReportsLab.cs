using DentalLab.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Reports;

/// <summary>The reports' own app without demo data, with <see cref="ReportsTestData"/> built once and the views refreshed.</summary>
internal static class ReportsLab
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (LabApp App, ReportsTestData Data)? _built;

    public static async Task<(LabApp App, ReportsTestData Data)> KnownAsync(LabServerFixture server)
    {
        await Gate.WaitAsync();
        try
        {
            if (_built is { } built)
            {
                return built;
            }

            var app = await server.SharedAppAsync("reports-known", demo: false);
            var data = await ReportsTestData.BuildAsync(app);
            await RefreshAsync(app);
            _built = (app, data);
            return _built.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Runs the refresh job's work directly, history parts included (the test data's months are history on a later
    /// date); the scheduler of the app may be running it too: refreshes are concurrent-safe.
    /// </summary>
    public static async Task RefreshAsync(LabApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RefreshReportViewsJob>().RefreshAsync(history: true);
    }
}
