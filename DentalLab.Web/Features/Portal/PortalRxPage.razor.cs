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
    private IReadOnlyList<RxMissing> _missing = [];
    private ChangeResult _result = ChangeResult.Ok();
    private DateOnly? _earliest;
    private bool _impressionByCourier;
    private bool _requestPickup;
    private bool _saving;

    [Inject]
    private PortalIntakeService Cases { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnInitializedAsync() => ComputeAsync();

    private string? Error(string field) =>
        _result.For(field) ?? _missing.FirstOrDefault(m => m.Field == field)?.Message;

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
        _result = ChangeResult.Ok();
        _missing = RxCompleteness.Check(_input.Procedure, _input.Teeth.Count, _input.Shade, _files.Count(f => f.Stored.Kind == "scan"), _impressionByCourier);
        if (_missing.Count > 0)
        {
            return;
        }

        _saving = true;
        try
        {
            var (result, caseNumber) = await Cases.CreateFromPortalAsync(_input, new PortalIntake(_impressionByCourier, _requestPickup, [.. _files]));
            _result = result;
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
