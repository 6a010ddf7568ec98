using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Compliance;

/// <summary>One item of a procedure's QC checklist, as the inspector ticks it.</summary>
public sealed record ChecklistItemView(Guid Id, int Position, string Text);

/// <summary>What the inspector enters when a case passes quality control.</summary>
/// <param name="Ticked">The checklist items ticked (every active item must be).</param>
/// <param name="RequirementsNotMet">Annex I requirements not fully met and why (printed on the statement); empty when all are met.</param>
/// <param name="Substances">A medicinal substance or tissue of human/animal origin the device contains; empty when none.</param>
public sealed record QcPassInput(IReadOnlyCollection<Guid> Ticked, string? RequirementsNotMet = null, string? Substances = null);

/// <summary>One checklist item in a QC record: its text at the time and whether it passed.</summary>
public sealed record QcItemResult(string Text, bool Passed);

/// <summary>One QC attempt as the case page shows it.</summary>
public sealed record QcAttemptView(int Attempt, bool Passed, string CheckedBy, DateTimeOffset CheckedAt, IReadOnlyList<QcItemResult> Items,
    WorkflowStageName? ReturnedTo, string? Reason, string? RequirementsNotMet);

/// <summary>One version of a case's statement as the case page and the portal list it.</summary>
public sealed record StatementView(int Version, DateTimeOffset IssuedAt, string IssuedBy, string Language, string Sha256, long SizeBytes,
    string? CorrectionReason, DateOnly? KeepUntil)
{
    public string Href(string caseNumber) => $"/cases/{caseNumber}/statements/{Version}.pdf";
}

/// <summary>A material used on the case, as the statement names it.</summary>
public sealed record StatementMaterial(string Material, string? Manufacturer, string? Lot);

/// <summary>
/// Every element of the statement (EU MDR Annex XIII section 1), as issued: the data the PDF is drawn from, stored as
/// JSON next to it. Taken from the case, its lots, the QC record and the lab's settings; none typed twice.
/// </summary>
public sealed record StatementContent(
    int Version,
    string Language,
    DateTimeOffset IssuedAt,
    string? CorrectionReason,
    string ManufacturerName,
    string ManufacturerAddress,
    string? AuthorisedRepresentative,
    string? RegistrationNumber,
    string CaseNumber,
    string Procedure,
    int Units,
    string Teeth,
    string? BridgeSpans,
    string? Shade,
    string? Material,
    string PatientCode,
    string Dentist,
    string Practice,
    string? Characteristics,
    IReadOnlyList<StatementMaterial> Materials,
    string? RequirementsNotMet,
    string? Substances,
    string PersonResponsible,
    string SignedBy);
