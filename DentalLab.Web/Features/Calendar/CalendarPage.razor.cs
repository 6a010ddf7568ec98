using System.Globalization;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DentalLab.Web.Features.Calendar;

public sealed partial class CalendarPage : IDisposable
{
    private CalendarQuery _query = new();
    private CalendarFrame? _frame;
    private CalendarChoices? _choices;
    private IReadOnlyList<CalendarItem>? _items;
    private IReadOnlyList<string> _kinds = [];
    private DateOnly _date, _from, _to;
    private bool _canManage, _showFeed, _loading;
    private IDisposable? _live;

    [Inject] private CalendarQueries Queries { get; set; } = default!;

    [Inject] private CalendarService Calendar { get; set; } = default!;

    [Inject] private CurrentUser CurrentUser { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private LiveEventBus Bus { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "view")] public string? View { get; set; }

    [SupplyParameterFromQuery(Name = "date")] public string? Date { get; set; }

    [SupplyParameterFromQuery(Name = "kinds")] public string? Kinds { get; set; }

    [SupplyParameterFromQuery(Name = "dept")] public string? Dept { get; set; }

    [SupplyParameterFromQuery(Name = "mine")] public string? Mine { get; set; }

    [SupplyParameterFromQuery(Name = "dentist")] public string? Dentist { get; set; }

    private IReadOnlyList<DateOnly> Days => _query.View == CalendarViewKind.Day
        ? [_date]
        : Enumerable.Range(0, 7).Select(i => _from.AddDays(i)).ToList();

    private string UnitName => _query.View switch
    {
        CalendarViewKind.Month => "month",
        CalendarViewKind.Day => "day",
        CalendarViewKind.Agenda => "four weeks",
        _ => "week",
    };

    private string RangeText => _query.View switch
    {
        CalendarViewKind.Month => _date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        CalendarViewKind.Day => _date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
        _ => _from.ToString(_from.Year == _to.Year ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture) + " – " + _to.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };

    protected override async Task OnInitializedAsync()
    {
        _canManage = await CurrentUser.HasPermissionAsync(PermissionCodes.CalendarManage);
        _frame = await Queries.FrameAsync();
        _choices = await Queries.ChoicesAsync();
        _kinds = [.. CalendarLabels.AppointmentKinds, .. Queries.SourceKinds.Where(k => !CalendarLabels.AppointmentKinds.Contains(k))];
        _live = Bus.Watch([LiveEvent.Calendar, LiveEvent.Logistics, LiveEvent.Equipment], InvokeAsync, async _ =>
        {
            await LoadAsync();
            StateHasChanged();
        });
    }

    protected override async Task OnParametersSetAsync()
    {
        _query = CalendarQuery.Parse(name => name switch
        {
            "view" => View,
            "date" => Date,
            "kinds" => Kinds,
            "dept" => Dept,
            "mine" => Mine,
            "dentist" => Dentist,
            _ => null,
        });
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            _frame = await Queries.FrameAsync();
            _date = _query.Date ?? _frame.Today;
            (_from, _to) = _query.Range(_frame.Today);
            _items = await Queries.ItemsAsync(_query, _from, _to);
        }
        finally
        {
            _loading = false;
        }
    }

    private string DayHref(DateOnly day) =>
        Navigation.GetUriWithQueryParameters("/calendar", (_query with { View = CalendarViewKind.Day, Date = day }).ToQuery());

    private Task GoAsync(CalendarQuery query)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters("/calendar", query.ToQuery()));
        return Task.CompletedTask;
    }

    private Task StepAsync(int direction) => GoAsync(_query with { Date = _query.Step(_frame!.Today, direction) });

    private Task TodayAsync() => GoAsync(_query with { Date = null });

    private Task GoToDateAsync(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? GoAsync(_query with { Date = day }) : Task.CompletedTask;

    private Task KindsChangedAsync(IEnumerable<string>? kinds)
    {
        var list = kinds?.Where(k => !string.IsNullOrEmpty(k)).ToList() ?? [];
        return GoAsync(_query with { Kinds = list.Count == 0 || list.Count == _kinds.Count ? null : list });
    }

    private async Task NewAsync()
    {
        var frame = _frame!;
        var day = _date;
        var now = CalendarTime.Local(DateTimeOffset.UtcNow, frame.Zone);
        var hour = day == frame.Today ? Math.Clamp(now.Hour + 1, 7, 22) : 9;
        var input = new AppointmentInput
        {
            StartDate = day.ToDateTime(TimeOnly.MinValue),
            StartTime = TimeSpan.FromHours(hour),
            EndDate = day.ToDateTime(TimeOnly.MinValue),
            EndTime = TimeSpan.FromHours(hour + 1),
            AttendeeIds = CurrentUser.UserId is { } me ? [me] : [],
        };
        await ShowDialogAsync("New appointment", null, input, false, null);
    }

    private async Task OpenAsync(CalendarItem item)
    {
        if (item.AppointmentId is not { } id)
        {
            return;
        }

        var detail = await Queries.DetailAsync(id);
        if (detail is null)
        {
            Snackbar.Add("This appointment no longer exists.", Severity.Warning);
            await LoadAsync();
            return;
        }

        await ShowDialogAsync(_canManage ? "Edit appointment" : "Appointment", id, detail.Input, detail.IsCancelled, detail.OrganizerName);
    }

    private async Task ShowDialogAsync(string title, Guid? id, AppointmentInput input, bool cancelled, string? organizer)
    {
        var parameters = new DialogParameters<AppointmentDialog>
        {
            { d => d.Id, id },
            { d => d.Input, input },
            { d => d.Choices, _choices! },
            { d => d.CanManage, _canManage },
            { d => d.Cancelled, cancelled },
            { d => d.Organizer, organizer },
        };
        var dialog = await Dialogs.ShowAsync<AppointmentDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            if (result.Data is string { Length: > 0 } warning)
            {
                Snackbar.Add(warning, Severity.Warning);
            }

            await LoadAsync();
        }
    }

    private async Task MoveAsync((Guid Id, DateOnly Day, TimeOnly? Time) move)
    {
        var result = await Calendar.MoveAsync(move.Id, move.Day, move.Time);
        var title = _items?.FirstOrDefault(i => i.AppointmentId == move.Id)?.Title ?? "The appointment";
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Errors.Values.First(), Severity.Error);
        }
        else
        {
            Snackbar.Add($"Moved “{title}” to {move.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture)}{(move.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}.", Severity.Success);
            if (result.Warning is { } warning)
            {
                Snackbar.Add(warning, Severity.Warning);
            }
        }

        await LoadAsync();
    }

    public void Dispose() => _live?.Dispose();
}
