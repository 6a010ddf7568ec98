using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Validation;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Workflow.Board;

/// <summary>
/// The seven-stage board. Cards move by drag (only to the next column) or by their action menu; every change by
/// anyone arrives on <see cref="LiveEvent.Board"/> and the board re-reads itself.
/// </summary>
public sealed partial class BoardPage
{
    private readonly Dictionary<WorkflowStageName, int> _limits = [];
    private MudDropContainer<BoardCard>? _container;
    private MudDropContainer<BoardCard>? _watchedContainer;
    private BoardFilter _filter = new();
    private BoardData? _data;
    private List<BoardCard> _cards = [];
    private IReadOnlyList<BoardOption> _departments = [];
    private IReadOnlyList<BoardOption> _dentists = [];
    private IReadOnlyList<Departments.Equipment.BrokenMachine> _broken = [];
    private IDisposable? _subscription;
    private bool _canAdvance;
    private bool _canAssign;
    private bool _loading;
    private int _generation;

    [Inject]
    private BoardService Board { get; set; } = default!;

    [Inject]
    private WorkflowService Workflow { get; set; } = default!;

    [Inject]
    private Compliance.QcChecklistService Checklists { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private Departments.Equipment.EquipmentQueries Equipment { get; set; } = default!;

    [Inject]
    private Staff.StaffQueries StaffQueries { get; set; } = default!;

    [Inject]
    private LiveEventBus Live { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    /// <summary>
    /// What the prerender read, carried into the interactive render: without it the interactive component started empty
    /// and the prerendered columns vanished until its own read came back (a layout shift of the whole page).
    /// </summary>
    [PersistentState]
    public BoardSnapshot? Prerendered { get; set; }

    public void Dispose() => _subscription?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        // No re-read after restoring: a re-render of the drop zones right as the page became interactive raced with the
        // first drag (the zone acted on another card). A move made in the moment between prerender and circuit start
        // shows with the next board event or reload.
        if (Prerendered is { } snapshot)
        {
            Apply(snapshot);
        }
        else
        {
            _canAdvance = await CurrentUser.HasPermissionAsync(PermissionCodes.WorkflowAdvance);
            _canAssign = await CurrentUser.HasPermissionAsync(PermissionCodes.WorkflowAssign);
            _departments = await Board.DepartmentsAsync();
            _dentists = await Board.DentistsAsync();
            await ReloadAsync();
            Prerendered = new BoardSnapshot(_data!, _departments, _dentists, _broken, _canAdvance, _canAssign);
        }

        // Only the interactive board follows live events: the prerendered one is sent and disposed, and a refresh it had
        // started ran into its disposed scope (seen under load as "A live refresh failed ... ObjectDisposedException").
        if (RendererInfo.IsInteractive)
        {
            _subscription = Live.Watch(LiveEvent.Board, InvokeAsync, async e =>
            {
                // As of the change: boards with the same filter share one read started after it.
                await ReloadAsync(e.DeliveredAt);
                StateHasChanged();
            });
        }
    }

    private void Apply(BoardSnapshot snapshot)
    {
        _data = snapshot.Data;
        _departments = snapshot.Departments;
        _dentists = snapshot.Dentists;
        _broken = snapshot.Broken;
        _canAdvance = snapshot.CanAdvance;
        _canAssign = snapshot.CanAssign;
        _cards = snapshot.Data.Columns.SelectMany(c => c.Cards).ToList();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (_container is not null && _watchedContainer != _container)
        {
            _watchedContainer = _container;
            // The zones re-order their items when a drag ends (a refused card went to the bottom of its column); this
            // handler runs after theirs, so the columns go back to the board's order.
            var container = _container;
            container.TransactionEnded += (_, _) => container.Refresh();
        }
    }

    private async Task ReloadAsync(long? changedAt = null)
    {
        // Live events can overlap: only the newest read is shown.
        var generation = Interlocked.Increment(ref _generation);
        _loading = true;
        try
        {
            // The broken-machine warnings are read alongside (their own context), so the board waits for neither twice.
            var brokenTask = Equipment.BrokenByStageAsync();
            var data = await Board.LoadAsync(_filter, _limits, changedAt);
            var broken = await brokenTask;
            if (generation != _generation)
            {
                return;
            }

            _data = data;
            _broken = broken;
            _cards = data.Columns.SelectMany(c => c.Cards).ToList();
        }
        finally
        {
            if (generation == _generation)
            {
                _loading = false;
            }
        }
    }

    private async Task FilterAsync(BoardFilter filter)
    {
        _filter = filter;
        _limits.Clear();
        await ReloadAsync();
    }

    private async Task MoreAsync(WorkflowStageName stage)
    {
        _limits[stage] = _limits.GetValueOrDefault(stage, BoardService.PageSize) + BoardService.PageSize;
        await ReloadAsync();
    }

    private async Task DroppedAsync(MudItemDropInfo<BoardCard> drop)
    {
        // Act on the case that was dragged, as the board knows it now (a live re-read may have replaced the card).
        if (drop.Item is not { } dragged || _cards.FirstOrDefault(c => c.CaseId == dragged.CaseId) is not { } card || drop.DropzoneIdentifier == card.Zone)
        {
            return;
        }

        if (!_canAdvance || card.NextStage?.ToString() != drop.DropzoneIdentifier)
        {
            // Put the refused card back where it was in its column (the drop container may have moved it to the end),
            // before the message says why.
            _container?.Refresh();
            var where = card.NextStage is { } next ? $"it can only move on to {Labels.Label(next)}" : "it is at its last stage";
            Snackbar.Add(_canAdvance
                ? $"{card.CaseNumber} is at {Labels.Label(card.Stage)}: {where}."
                : "You may not move cases.", Severity.Error);
            return;
        }

        await ReportAsync(Workflow.CompleteStageAsync(card.CaseNumber, card.StageId), $"{card.CaseNumber} moved to {Labels.Label(card.NextStage!.Value)}.");
    }

    private async Task ActAsync((BoardCard Card, BoardAction Action) request)
    {
        var (card, action) = request;
        switch (action)
        {
            case BoardAction.QcPass:
                var checklist = await Checklists.ForCaseAsync(card.CaseNumber);
                await DialogAsync<Compliance.QcPassDialog>($"Quality control: {card.CaseNumber}", new DialogParameters<Compliance.QcPassDialog>
                {
                    { d => d.CaseNumber, card.CaseNumber },
                    { d => d.Items, checklist },
                    { d => d.StageId, card.StageId },
                }, $"{card.CaseNumber} passed quality control; its statement of conformity is issued.");
                break;
            case BoardAction.Complete:
                var done = card.NextStage is { } next ? $"{card.CaseNumber} moved to {Labels.Label(next)}." : $"{card.CaseNumber} is delivered.";
                await ReportAsync(Workflow.CompleteStageAsync(card.CaseNumber, card.StageId), done);
                break;
            case BoardAction.Resume:
                await ReportAsync(Workflow.ResumeAsync(card.CaseNumber, card.StageId), $"{card.CaseNumber} resumed.");
                break;
            case BoardAction.Block:
                await ReasonAsync($"Block {card.CaseNumber}", "Block stage", r => Workflow.BlockAsync(card.CaseNumber, r, card.StageId), $"{card.CaseNumber} is blocked.");
                break;
            case BoardAction.Hold:
                await ReasonAsync($"Put {card.CaseNumber} on hold", "Put on hold", r => Workflow.HoldAsync(card.CaseNumber, r, card.StageId), $"{card.CaseNumber} is on hold.");
                break;
            case BoardAction.Assign:
                var people = await Workflow.AssigneesAsync();
                var onShift = await StaffQueries.OnShiftNowAsync();
                await DialogAsync<AssignDialog>($"Assign {Labels.Label(card.Stage).ToLowerInvariant()} of {card.CaseNumber}", new DialogParameters<AssignDialog>
                {
                    { d => d.People, people },
                    { d => d.OnShift, onShift },
                    { d => d.Current, card.AssignedToId },
                    { d => d.Submit, id => Workflow.AssignAsync(card.CaseNumber, card.Stage, id) },
                }, $"{card.CaseNumber}: technician assigned.");
                break;
            case BoardAction.QcFail:
                var targets = await Workflow.ReturnTargetsAsync(card.CaseNumber);
                var items = await Checklists.ForCaseAsync(card.CaseNumber);
                await DialogAsync<QcFailDialog>($"Quality control failed: {card.CaseNumber}", new DialogParameters<QcFailDialog>
                {
                    { d => d.Targets, targets },
                    { d => d.Items, items },
                    { d => d.Submit, (stage, reason, passed) => Workflow.QcFailAsync(card.CaseNumber, stage, reason, card.StageId, passed) },
                }, $"{card.CaseNumber} failed quality control and went back for rework.");
                break;
        }
    }

    private async Task ReasonAsync(string title, string button, Func<string, Task<ChangeResult>> submit, string success)
    {
        if (await Components.Shared.ReasonDialog.AskAsync(Dialogs, title, "", submit, reasonLabel: "Reason", confirmText: button, cancelText: "Cancel",
                reasonMaxLength: WorkflowService.ReasonMaxLength) is { } result)
        {
            await ShowAsync(result, success);
        }
    }

    private async Task DialogAsync<TDialog>(string title, DialogParameters<TDialog> parameters, string success)
        where TDialog : IComponent
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters);
        if (await dialog.Result is { Canceled: false, Data: ChangeResult result })
        {
            await ShowAsync(result, success);
        }
    }

    private async Task ReportAsync(Task<ChangeResult> change, string success) => await ShowAsync(await change, success);

    private async Task ShowAsync(ChangeResult result, string success)
    {
        Snackbar.Add(result.Succeeded ? success : result.For("")!, result.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }
}
