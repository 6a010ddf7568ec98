using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components;

namespace DentalLab.Web.Features.Reports;

/// <summary>The period of a report page from its query string (<c>period</c>, <c>from</c>, <c>to</c>), and loading on change.</summary>
public abstract class ReportPageBase : ComponentBase
{
    [Inject] protected ReportQueries Queries { get; set; } = default!;

    [Inject] protected CurrentUser CurrentUser { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "period")] public string? PeriodKindText { get; set; }

    [SupplyParameterFromQuery(Name = "from")] public string? FromText { get; set; }

    [SupplyParameterFromQuery(Name = "to")] public string? ToText { get; set; }

    protected ReportPeriod Period { get; private set; } = ReportPeriod.Of(PeriodKind.Month, DateOnly.FromDateTime(DateTime.UtcNow));

    protected bool CanExport { get; private set; }

    protected override async Task OnInitializedAsync() => CanExport = await CurrentUser.HasPermissionAsync(PermissionCodes.ReportsExport);

    protected override async Task OnParametersSetAsync()
    {
        Period = ReportPeriod.Parse(PeriodKindText, FromText, ToText, await Queries.TodayAsync());
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>Loads again after a refresh of the views, and redraws.</summary>
    protected async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    protected string ExportHref(string slug, string table) => $"/reports/{slug}/export.csv?{Period.Query}&table={table}";
}
