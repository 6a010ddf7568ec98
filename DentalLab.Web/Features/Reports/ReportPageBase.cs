using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components;

namespace DentalLab.Web.Features.Reports;

/// <summary>
/// The period and filters of a report page from its query string (<c>period</c>, <c>from</c>, <c>to</c>; <c>dentist</c>,
/// <c>procedure</c>, <c>department</c>, <c>technician</c> where they fit), and loading on change.
/// </summary>
public abstract class ReportPageBase : ComponentBase
{
    [Inject] protected ReportQueries Queries { get; set; } = default!;

    [Inject] protected CurrentUser CurrentUser { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "period")] public string? PeriodKindText { get; set; }

    [SupplyParameterFromQuery(Name = "from")] public string? FromText { get; set; }

    [SupplyParameterFromQuery(Name = "to")] public string? ToText { get; set; }

    [SupplyParameterFromQuery(Name = "dentist")] public string? DentistText { get; set; }

    [SupplyParameterFromQuery(Name = "procedure")] public string? ProcedureText { get; set; }

    [SupplyParameterFromQuery(Name = "department")] public string? DepartmentText { get; set; }

    [SupplyParameterFromQuery(Name = "technician")] public string? TechnicianText { get; set; }

    /// <summary>The filters this report offers (none unless the page says).</summary>
    protected virtual ReportFilters Fits => ReportFilters.None;

    /// <summary>The filters in the address that fit this report.</summary>
    protected ReportFilter Filter { get; private set; } = ReportFilter.None;

    protected ReportPeriod Period { get; private set; } = ReportPeriod.Of(PeriodKind.Month, DateOnly.FromDateTime(DateTime.UtcNow));

    protected bool CanExport { get; private set; }

    protected override async Task OnInitializedAsync() => CanExport = await CurrentUser.HasPermissionAsync(PermissionCodes.ReportsExport);

    protected override async Task OnParametersSetAsync()
    {
        Period = ReportPeriod.Parse(PeriodKindText, FromText, ToText, await Queries.TodayAsync());
        Filter = ReportFilter.Parse(DentistText, ProcedureText, DepartmentText, TechnicianText).For(Fits);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>Loads again after a refresh of the views, and redraws.</summary>
    protected async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    protected string ExportHref(string slug, string table) => $"/reports/{slug}/export.csv?{Period.Query}{Filter.Query}&table={table}";
}
