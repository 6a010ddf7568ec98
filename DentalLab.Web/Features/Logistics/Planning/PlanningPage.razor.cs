using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DentalLab.Web.Features.Logistics.Planning;

/// <summary>The planner's day: open pickups and deliveries by area, the day's routes, adding shipments to a route.</summary>
public sealed partial class PlanningPage
{
    private readonly HashSet<Guid> _chosen = [];
    private DateOnly _day;
    private IReadOnlyList<ShipmentRow> _open = [];
    private IReadOnlyList<RouteSummary> _routes = [];
    private IReadOnlyList<DriverOption> _drivers = [];
    private Guid? _targetRoute;
    private string? _addError;
    private bool _canManage;
    private IDisposable? _live;

    [Inject]
    private LogisticsQueries Queries { get; set; } = default!;

    [Inject]
    private ShipmentService Shipments { get; set; } = default!;

    [Inject]
    private RouteService Routes { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private LiveEventBus Bus { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "day")]
    public string? DayText { get; set; }

    public void Dispose() => _live?.Dispose();

    protected override async Task OnParametersSetAsync()
    {
        _canManage = await CurrentUser.HasPermissionAsync(PermissionCodes.LogisticsManage);
        _day = DateOnly.TryParseExact(DayText, "yyyy-MM-dd", out var d) ? d : await Queries.TodayAsync();
        _drivers = await Queries.DriversAsync();
        _live ??= Bus.Watch(LiveEvent.Logistics, InvokeAsync, async _ => { await ReloadAsync(); StateHasChanged(); });
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _open = await Queries.OpenForPlanningAsync(_day);
        _routes = await Queries.RoutesAsync(_day);
        _chosen.IntersectWith(_open.Select(s => s.Id));
        if (_targetRoute is null || _routes.All(r => r.Id != _targetRoute))
        {
            _targetRoute = _routes.FirstOrDefault(r => r.Status is Data.Entities.RouteStatus.Planned or Data.Entities.RouteStatus.InProgress)?.Id;
        }
    }

    private async Task DayChangedAsync(DateTime? date)
    {
        if (date is { } value)
        {
            _day = DateOnly.FromDateTime(value);
            _chosen.Clear();
            await ReloadAsync();
        }
    }

    private void Choose(Guid id, bool chosen)
    {
        if (chosen)
        {
            _chosen.Add(id);
        }
        else
        {
            _chosen.Remove(id);
        }
    }

    private async Task AddToRouteAsync()
    {
        var result = await Routes.AddShipmentsAsync(_targetRoute!.Value, [.. _chosen]);
        _addError = result.For("");
        if (result.Succeeded)
        {
            Snackbar.Add($"{_chosen.Count} added to the route.", Severity.Success);
            _chosen.Clear();
        }

        await ReloadAsync();
    }

    private async Task CreateReadyAsync()
    {
        var (result, created) = await Shipments.CreateDeliveriesForReadyCasesAsync(_day);
        Snackbar.Add(result.Succeeded ? $"{created} deliveries created for {_day:yyyy-MM-dd}." : result.For("") ?? "", result.Succeeded ? Severity.Success : Severity.Info);
        await ReloadAsync();
    }
}
