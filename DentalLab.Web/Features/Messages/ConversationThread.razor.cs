using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;

namespace DentalLab.Web.Features.Messages;

public sealed partial class ConversationThread
{
    private ConversationDetail? _detail;
    private List<MessageItem> _messages = [];
    private bool _hasOlder;
    private bool _loadingOlder;
    private string _draft = "";
    private string? _sendError;
    private bool _sending;
    private Guid? _editingId;
    private string _editText = "";
    private string? _editError;
    private string? _search;
    private IReadOnlyList<MessageItem>? _results;
    private IDisposable? _subscription;
    private Guid _loadedId;
    private bool _notFound;
    private bool _scrollToEnd;
    private ElementReference _threadElement;
    private ElementReference _topSentinel;
    private IJSObjectReference? _module;
    private DotNetObjectReference<ConversationThread>? _self;

    [Inject]
    private MessageService Messages { get; set; } = default!;

    [Inject]
    private LiveEventBus Bus { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid ConversationId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == ConversationId)
        {
            return;
        }

        _loadedId = ConversationId;
        _subscription?.Dispose();
        _detail = null;
        _results = null;
        _editingId = null;
        _notFound = false;
        MessagePage page;
        try
        {
            _detail = await Messages.ConversationAsync(ConversationId);
            page = await Messages.MessagesAsync(ConversationId);
        }
        catch (ConversationNotFoundException)
        {
            _notFound = true;
            return;
        }

        _messages = [.. page.Items];
        _hasOlder = page.HasOlder;
        _scrollToEnd = true;
        _subscription = Bus.Watch(LiveEvent.ForConversation(ConversationId), InvokeAsync, OnEventAsync);
        await Messages.MarkReadAsync(ConversationId);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_detail is null)
        {
            return;
        }

        if (_module is null)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Messages/ConversationThread.razor.js");
            _self = DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("observeTop", _topSentinel, _threadElement, _self);
        }

        if (_scrollToEnd)
        {
            _scrollToEnd = false;
            await _module.InvokeVoidAsync("scrollToEnd", _threadElement);
        }
    }

    /// <summary>Called from the page when the top of the thread scrolls into view.</summary>
    [JSInvokable]
    public async Task LoadOlderAsync()
    {
        if (!_hasOlder || _loadingOlder || _messages.Count == 0)
        {
            return;
        }

        _loadingOlder = true;
        try
        {
            var oldest = _messages[0];
            var page = await Messages.MessagesAsync(ConversationId, oldest.SentAt, oldest.Id);
            _messages.InsertRange(0, page.Items);
            _hasOlder = page.HasOlder;
        }
        finally
        {
            _loadingOlder = false;
        }

        await InvokeAsync(StateHasChanged);
    }

    private async Task OnEventAsync(LiveEvent e)
    {
        // Watch runs one refresh at a time and coalesces a burst into the newest event, so the thread and its read
        // marks are both re-read whatever the kind (an older read never overwrites a newer one).
        try
        {
            var detail = await Messages.ConversationAsync(ConversationId);
            var from = _messages.Count > 0 ? _messages[0].SentAt : DateTimeOffset.MinValue;
            List<MessageItem> messages = [.. await Messages.MessagesSinceAsync(ConversationId, from)];
            var grew = messages.Count > _messages.Count;
            _detail = detail;
            _messages = messages;
            _scrollToEnd |= grew;
            StateHasChanged();
            if (grew && e.ActorId != CurrentUser.UserId)
            {
                await Messages.MarkReadAsync(ConversationId);
            }
        }
        catch (ConversationNotFoundException)
        {
            // Removed from the conversation: nothing more to show here.
        }
    }

    private async Task SendAsync()
    {
        _sending = true;
        _sendError = null;
        try
        {
            await Messages.SendAsync(ConversationId, _draft);
            _draft = "";
        }
        catch (MessagingRuleException ex)
        {
            _sendError = ex.Message;
        }
        finally
        {
            _sending = false;
        }
    }

    private bool CanChange(MessageItem m) =>
        m.SenderId == CurrentUser.UserId && !m.IsDeleted && Clock.GetUtcNow() - m.SentAt <= MessageService.EditWindow;

    private void StartEdit(MessageItem m)
    {
        _editingId = m.Id;
        _editText = m.Body;
        _editError = null;
    }

    private async Task SaveEditAsync()
    {
        if (_editingId is not { } id)
        {
            return;
        }

        try
        {
            await Messages.EditAsync(id, _editText);
            _editingId = null;
        }
        catch (MessagingRuleException ex)
        {
            _editError = ex.Message;
        }
    }

    private async Task DeleteAsync(MessageItem m)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete message", "Delete this message? The conversation will show \"Message deleted\" in its place.", yesText: "Delete message", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await Messages.DeleteAsync(m.Id);
        }
        catch (MessagingRuleException ex)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
    }

    private async Task SearchAsync()
    {
        _results = string.IsNullOrWhiteSpace(_search) ? null : await Messages.SearchAsync(ConversationId, _search);
    }

    private async Task OnSearchKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SearchAsync();
        }
    }

    private void ClearSearch(MouseEventArgs _)
    {
        _search = null;
        _results = null;
    }

    private async Task OpenMembersAsync()
    {
        var parameters = new DialogParameters<MembersDialog> { { d => d.ConversationId, ConversationId } };
        var dialog = await Dialogs.ShowAsync<MembersDialog>("Manage members", parameters);
        await dialog.Result;
        _detail = await Messages.ConversationAsync(ConversationId);
    }

    /// <summary>Who (other than the sender) has read up to the newest message.</summary>
    private List<string> SeenBy()
    {
        if (_detail is null || _messages.Count == 0)
        {
            return [];
        }

        var last = _messages[^1];
        return _detail.Participants
            .Where(p => p.UserId != last.SenderId && p.LastReadSentAt is { } read && read >= last.SentAt)
            .Select(p => p.Name).ToList();
    }

    private string Ago(DateTimeOffset at) => NotificationBell.Ago(at);

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("dispose", _topSentinel);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the observer.
            }
        }

        _self?.Dispose();
    }
}
