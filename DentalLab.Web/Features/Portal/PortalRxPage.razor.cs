using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Portal;

/// <summary>
/// The online Rx: the dentist describes the case, uploads scans and photos, and sends it. The completeness check
/// names what is missing before anything is sent; the service checks everything again and picks the dentist itself.
/// </summary>
public sealed partial class PortalRxPage
{
    private readonly CaseInput _input = new();
    private readonly List<StagedFile> _files = [];
    private readonly FieldErrors _errors;
    private bool _checked;
    private DateOnly? _earliest;
    private bool _impressionByCourier;
    private bool _requestPickup;
    private bool _saving;

    [Inject]
    private PortalIntakeService Cases { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    public PortalRxPage() => _errors = new FieldErrors(KeyOf);

    /// <summary>What the Rx still lacks, checked again on every change once the dentist has tried to send it.</summary>
    private IReadOnlyList<RxMissing> Missing => _checked
        ? RxCompleteness.Check(_input.Procedure, _input.Teeth.Count, _input.Shade, ScanCount, _impressionByCourier)
        : [];

    private int ScanCount => _files.Count(f => f.Stored.Kind == "scan");

    protected override Task OnInitializedAsync() => ComputeAsync();

    private string? Error(string field) =>
        _errors.For(field) ?? Missing.FirstOrDefault(m => m.Field == field)?.Message;

    private string KeyOf(string field) => field == RxCompleteness.ScanField ? $"{ScanCount}/{_impressionByCourier}" : _input.KeyOf(field);

    private Task ProcedureChangedAsync(ProcedureType procedure)
    {
        _input.Procedure = procedure;
        return ComputeAsync();
    }

    private Task UrgencyChangedAsync(UrgencyLevel urgency)
    {
        _input.Urgency = urgency;
        return ComputeAsync();
    }

    private void TeethChanged(IReadOnlyCollection<short> teeth) => _input.Teeth = [.. teeth];

    private void DueDateChanged(DateTime? date) => _input.DueDateOverride = date is { } d ? DateOnly.FromDateTime(d) : null;

    private async Task ComputeAsync() => _earliest = await Cases.EarliestDueDateForPortalAsync(_input.Procedure, _input.Urgency);

    private async Task SendAsync()
    {
        _errors.Set(ChangeResult.Ok());
        _checked = true;
        if (Missing.Count > 0)
        {
            return;
        }

        _saving = true;
        try
        {
            var (result, caseNumber) = await Cases.CreateFromPortalAsync(_input, new PortalIntake(_impressionByCourier, _requestPickup, [.. _files]));
            _errors.Set(result);
            if (caseNumber is not null)
            {
                Navigation.NavigateTo($"/portal/cases/{caseNumber}");
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
