using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Billing;

public sealed partial class InvoiceDetailPage
{
    private InvoiceDetail? _invoice;
    private IDisposable? _subscription;
    private string _currency = "USD";
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private bool _loading = true;
    private bool _busy;
    private bool _canManage;
    private bool _canPay;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    [Parameter]
    public string InvoiceNumber { get; set; } = "";

    [Inject]
    private InvoiceQueries Queries { get; set; } = default!;

    [Inject]
    private InvoiceService Invoices { get; set; } = default!;

    [Inject]
    private BillingDocuments Documents { get; set; } = default!;

    [Inject]
    private CurrentUser Me { get; set; } = default!;

    [Inject]
    private LiveEventBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    public void Dispose() => _subscription?.Dispose();

    protected override async Task OnParametersSetAsync()
    {
        _currency = await Documents.CurrencyAsync();
        _zone = await Documents.TimeZoneAsync();
        _canManage = await Me.HasPermissionAsync(PermissionCodes.InvoicesManage);
        _canPay = await Me.HasPermissionAsync(PermissionCodes.PaymentsRecord);
        await ReloadAsync();
        _loading = false;
        _subscription?.Dispose();
        _subscription = Bus.Watch(LiveEvent.Invoices, InvokeAsync, async _ =>
        {
            await ReloadAsync();
            StateHasChanged();
        }, e => e.Key == InvoiceNumber);
    }

    private async Task ReloadAsync() => _invoice = await Queries.DetailAsync(InvoiceNumber);

    private async Task ChangedAsync() => await ReloadAsync();

    private async Task SendAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Send invoice",
            $"Send {InvoiceNumber} to {_invoice?.InvoiceEmail}? Its lines are frozen once it is sent.", yesText: "Send invoice", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            Show(await Invoices.SendAsync(InvoiceNumber), $"{InvoiceNumber} was sent to {_invoice?.InvoiceEmail}.");
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PayAsync()
    {
        var parameters = new DialogParameters<PaymentDialog>
        {
            { d => d.InvoiceNumber, InvoiceNumber },
            { d => d.Balance, _invoice?.Balance ?? 0 },
            { d => d.Currency, _currency },
        };
        var dialog = await Dialogs.ShowAsync<PaymentDialog>("Record payment", parameters);
        if (await dialog.Result is { Canceled: false })
        {
            await ReloadAsync();
            Show(ChangeResult.Ok(), _invoice?.Status == Data.Entities.InvoiceStatus.Paid ? "Payment recorded: the invoice is paid." : "Payment recorded.");
        }
    }

    private async Task ReasonAsync(bool refund)
    {
        var result = await Components.Shared.ReasonDialog.AskAsync(Dialogs, refund ? "Refund invoice" : "Cancel invoice",
            refund ? "The full amount paid is recorded as refunded and the invoice becomes refunded." : "The invoice is cancelled and its cases can be invoiced again. This cannot be undone.",
            reason => refund ? Invoices.RefundAsync(InvoiceNumber, reason) : Invoices.CancelAsync(InvoiceNumber, reason),
            reasonLabel: "Reason", confirmText: refund ? "Refund invoice" : "Cancel invoice", confirmColor: Color.Error, cancelText: "Keep it", reasonRequired: null);
        if (result is not null)
        {
            await ReloadAsync();
            Show(ChangeResult.Ok(), refund ? "The invoice was refunded." : "The invoice was cancelled; its cases can be invoiced again.");
        }
    }

    private void Show(ChangeResult result, string success)
    {
        _messageSeverity = !result.Succeeded ? Severity.Error : result.Warning is not null ? Severity.Warning : Severity.Success;
        _message = !result.Succeeded ? result.Message : result.Warning ?? success;
    }
}
