using DentalLab.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace DentalLab.Web.Components.Shared;

/// <summary>
/// Around every page's body (MainLayout, PortalLayout). A failure because the database is away does not end the
/// page: an action that could not be saved says so and the page — with what the user typed — stays on screen; a page
/// whose data could not be loaded loads again by itself when the database is back. Anything else shows an error with
/// the request's trace id (it is logged), instead of the circuit dying.
/// </summary>
public sealed class LabErrorBoundary : ErrorBoundaryBase, IDisposable
{
    private int _generation;
    private string? _notice;
    private bool _reloadWhenBack;
    private Exception? _fatal;

    [Inject] private DatabaseStatus Status { get; set; } = default!;

    [Inject] private ILogger<LabErrorBoundary> Logger { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized()
    {
        Status.Changed += OnStatusChanged;
        Navigation.LocationChanged += OnLocationChanged;
    }

    /// <summary>Another page: what was said about the last one no longer applies.</summary>
    private void OnLocationChanged(object? sender, Microsoft.AspNetCore.Components.Routing.LocationChangedEventArgs e) => _ = InvokeAsync(() =>
    {
        if (_fatal is null && _notice is null)
        {
            return;
        }

        _fatal = null;
        _notice = null;
        _reloadWhenBack = false;
        Recover();
    });

    protected override Task OnErrorAsync(Exception exception)
    {
        if (DatabaseStatus.IsOutage(exception))
        {
            Status.ReportFailure();
            // A failure while the page was loading its data leaves it empty: load it again when the database is back.
            _reloadWhenBack |= IsLoading(exception);
            _notice = _reloadWhenBack
                ? "This page could not load its data: the database is not answering. It loads again by itself when the database is back."
                : "That change was not saved: the database is not answering. What you entered is still here — try again when it is back.";
            Logger.LogWarning("A page action failed while the database was away: {Error}", exception.GetType().Name);
        }
        else
        {
            _fatal = exception;
            Logger.LogError(exception, "Unhandled error on an interactive page");
        }

        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (_fatal is not null)
        {
            builder.OpenComponent<MudAlert>(0);
            builder.AddComponentParameter(1, nameof(MudAlert.Severity), Severity.Error);
            builder.AddComponentParameter(3, nameof(MudAlert.ChildContent), (RenderFragment)(b =>
            {
                b.AddContent(0, "Something went wrong on this page and it has been logged. ");
                b.OpenElement(1, "a");
                b.AddAttribute(2, "href", Navigation.Uri);
                b.AddAttribute(3, "data-enhance-nav", "false");
                b.AddContent(4, "Reload the page");
                b.CloseElement();
            }));
            builder.CloseComponent();
            return;
        }

        if (_notice is not null)
        {
            builder.OpenComponent<MudAlert>(10);
            builder.AddComponentParameter(11, nameof(MudAlert.Severity), Severity.Warning);
            builder.AddComponentParameter(12, nameof(MudAlert.Dense), true);
            builder.AddComponentParameter(13, nameof(MudAlert.Class), "mb-3");
            builder.AddComponentParameter(14, "data-testid", "database-action-failed");
            builder.AddComponentParameter(16, nameof(MudAlert.ShowCloseIcon), true);
            builder.AddComponentParameter(17, nameof(MudAlert.CloseIconClicked), EventCallback.Factory.Create<MudAlert>(this, () => _notice = null));
            builder.AddComponentParameter(18, nameof(MudAlert.ChildContent), (RenderFragment)(b => b.AddContent(0, _notice)));
            builder.CloseComponent();
        }

        // The key changes only to load a page again after its first load failed; otherwise the page stays as it is.
        builder.OpenElement(20, "div");
        builder.SetKey(_generation);
        builder.AddAttribute(21, "style", "display: contents");
        builder.AddContent(22, ChildContent);
        builder.CloseElement();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // The notice is ours now: clear the boundary's error so the next failure is heard too.
        if (CurrentException is not null && _fatal is null)
        {
            Recover();
        }
    }

    private void OnStatusChanged() => _ = InvokeAsync(() =>
    {
        if (!Status.IsReachable)
        {
            return;
        }

        if (_reloadWhenBack)
        {
            _reloadWhenBack = false;
            _notice = null;
            _generation++;
        }
        else if (_notice is not null)
        {
            _notice = "The database is back. A change that was not saved can be made again now.";
        }

        StateHasChanged();
    });

    /// <summary>Whether the failure came from a component loading its data (its lifecycle), not from an action.</summary>
    private static bool IsLoading(Exception exception) =>
        exception.StackTrace is { } trace
        && (trace.Contains(".OnInitializedAsync()", StringComparison.Ordinal)
            || trace.Contains(".OnParametersSetAsync()", StringComparison.Ordinal)
            || trace.Contains(".OnInitialized()", StringComparison.Ordinal));

    public void Dispose()
    {
        Status.Changed -= OnStatusChanged;
        Navigation.LocationChanged -= OnLocationChanged;
    }
}
