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
        if (IsInteropNoise(exception))
        {
            // A script call that failed or was cut off (the page was being left, the browser went away): the page
            // itself is fine and stays as it is.
            Logger.LogWarning("A browser script call failed on an interactive page: {Error}", exception.GetType().Name);
        }
        else if (DatabaseStatus.IsOutage(exception))
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
            builder.OpenComponent<Microsoft.AspNetCore.Components.Web.PageTitle>(0);
            builder.AddComponentParameter(1, nameof(Microsoft.AspNetCore.Components.Web.PageTitle.ChildContent), (RenderFragment)(b => b.AddContent(0, "Something went wrong · DentalLab")));
            builder.CloseComponent();
            builder.OpenComponent<MudAlert>(2);
            builder.AddComponentParameter(3, nameof(MudAlert.Severity), Severity.Error);
            builder.AddComponentParameter(4, nameof(MudAlert.ChildContent), (RenderFragment)(b => b.AddContent(0, "Something went wrong on this page and it has been logged.")));
            builder.CloseComponent();
            builder.OpenComponent<MudButton>(5);
            builder.AddComponentParameter(6, nameof(MudButton.Variant), Variant.Filled);
            builder.AddComponentParameter(7, nameof(MudButton.Color), Color.Primary);
            builder.AddComponentParameter(8, nameof(MudButton.Class), "mt-3");
            builder.AddComponentParameter(9, nameof(MudButton.OnClick), EventCallback.Factory.Create<Microsoft.AspNetCore.Components.Web.MouseEventArgs>(this, () => Navigation.NavigateTo(Navigation.Uri, forceLoad: true)));
            builder.AddComponentParameter(10, nameof(MudButton.ChildContent), (RenderFragment)(b => b.AddContent(0, "Reload the page")));
            builder.CloseComponent();
            return;
        }

        if (_notice is not null)
        {
            builder.OpenComponent<MudAlert>(20);
            builder.AddComponentParameter(21, nameof(MudAlert.Severity), Severity.Warning);
            builder.AddComponentParameter(22, nameof(MudAlert.Dense), true);
            builder.AddComponentParameter(23, nameof(MudAlert.Class), "mb-3");
            builder.AddComponentParameter(25, "data-testid", "database-action-failed");
            builder.AddComponentParameter(26, nameof(MudAlert.ShowCloseIcon), true);
            builder.AddComponentParameter(27, nameof(MudAlert.CloseIconClicked), EventCallback.Factory.Create<MudAlert>(this, () => _notice = null));
            builder.AddComponentParameter(28, nameof(MudAlert.ChildContent), (RenderFragment)(b => b.AddContent(0, _notice)));
            builder.CloseComponent();
        }

        // The key changes only to load a page again after its first load failed; otherwise the page stays as it is.
        builder.OpenElement(30, "div");
        builder.SetKey(_generation);
        builder.AddAttribute(31, "style", "display: contents");
        builder.AddContent(32, ChildContent);
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

    private static bool IsInteropNoise(Exception exception) =>
        exception is Microsoft.JSInterop.JSException or Microsoft.JSInterop.JSDisconnectedException or OperationCanceledException or ObjectDisposedException;

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
