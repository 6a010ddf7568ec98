using System.Globalization;
using System.Text.Json;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Paging;

namespace DentalLab.Web.Features.Cases;

/// <summary>What a person picks from: shades, remake reasons; enum labels live in Infrastructure/Text/Labels.</summary>
public static class CaseVocabulary
{
    /// <summary>VITA classical A1–D4, then bleach shades.</summary>
    public static readonly IReadOnlyList<string> Shades =
    [
        "A1", "A2", "A3", "A3.5", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D2", "D3", "D4",
        "BL1", "BL2", "BL3", "BL4", "OM1", "OM2", "OM3",
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> RemakeReasons =
    [
        ("fit", "Fit"), ("shade", "Shade"), ("fracture", "Fracture"), ("design", "Design"), ("lab_error", "Lab error"), ("other", "Other"),
    ];

    /// <summary>"Zofia Łódź · PT-1234": the name, the practice's code, or both.</summary>
    public static string Patient(string? name, string? code) =>
        string.Join(" · ", new[] { name, code }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static bool IsImage(string contentType) => contentType is "image/png" or "image/jpeg";

    /// <summary>The snake_case label of an enum value, as URLs, CSV and PostgreSQL write it (on_hold, quality_control).</summary>
    public static string Slug<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static T? FromSlug<T>(string? slug)
        where T : struct, Enum
    {
        var wanted = slug?.Trim().ToLowerInvariant();
        foreach (var value in Enum.GetValues<T>())
        {
            if (Slug(value) == wanted)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>
/// The case list's filter, sort and page: one record that the page, the CSV export and links share. It lives in
/// the URL query string (<see cref="ToQuery"/>, <see cref="Parse"/>), so a link reopens the same view. A page is
/// the first, the last, or the rows after or before a cursor (keyset paging, <see cref="CaseListSort"/>): a page
/// deep in a million cases costs what the first one does.
/// </summary>
public sealed record CaseListQuery
{
    public const int DefaultPageSize = 25;

    /// <summary>The list counts this many matches at most and shows "10,000+ cases" beyond (<see cref="CappedCount"/>).</summary>
    public const int CountCap = CappedCount.Cap;

    public static readonly IReadOnlyList<string> SortKeys =
        ["number", "received", "due", "dentist", "patient", "procedure", "status", "stage", "where", "urgency", "priority"];

    public string? Search { get; init; }

    public CaseStatus? Status { get; init; }

    public WorkflowStageName? Stage { get; init; }

    public Guid? DentistId { get; init; }

    public ProcedureType? Procedure { get; init; }

    public UrgencyLevel? Urgency { get; init; }

    public PriorityLevel? Priority { get; init; }

    public DateOnly? DueFrom { get; init; }

    public DateOnly? DueTo { get; init; }

    public bool LateOnly { get; init; }

    /// <summary>Only cases still in the lab (neither delivered nor cancelled): the dashboard's figures open this view.</summary>
    public bool InLabOnly { get; init; }

    /// <summary>Received on or after this day (the lab's time zone).</summary>
    public DateOnly? ReceivedFrom { get; init; }

    /// <summary>One of <see cref="SortKeys"/>.</summary>
    public string Sort { get; init; } = "due";

    public bool Descending { get; init; }

    /// <summary>The page after this cursor (a row's sort key, <see cref="CaseListCursor"/>); null with <see cref="Before"/> and <see cref="Last"/> unset: the first page.</summary>
    public string? After { get; init; }

    /// <summary>The page before this cursor (the "previous" of a page reached by cursor).</summary>
    public string? Before { get; init; }

    /// <summary>The list's last page (read as the reversed sort's first page).</summary>
    public bool Last { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The same filter and sort from its first page (what a change of filter or sort shows).</summary>
    public CaseListQuery ToFirstPage() => this with { After = null, Before = null, Last = false };

    /// <summary>Reads the query string parameters (q, status, stage, dentist, procedure, urgency, priority, due_from, due_to, late, in_lab, received_from, sort, desc, after, before, last, size); anything unreadable is ignored.</summary>
    public static CaseListQuery Parse(Func<string, string?> get) => new()
    {
        Search = string.IsNullOrWhiteSpace(get("q")) ? null : get("q")!.Trim(),
        Status = CaseVocabulary.FromSlug<CaseStatus>(get("status")),
        Stage = CaseVocabulary.FromSlug<WorkflowStageName>(get("stage")),
        DentistId = Guid.TryParse(get("dentist"), out var dentist) ? dentist : null,
        Procedure = CaseVocabulary.FromSlug<ProcedureType>(get("procedure")),
        Urgency = CaseVocabulary.FromSlug<UrgencyLevel>(get("urgency")),
        Priority = CaseVocabulary.FromSlug<PriorityLevel>(get("priority")),
        DueFrom = ParseDate(get("due_from")),
        DueTo = ParseDate(get("due_to")),
        LateOnly = get("late") is "true" or "1",
        InLabOnly = get("in_lab") is "true" or "1",
        ReceivedFrom = ParseDate(get("received_from")),
        Sort = SortKeys.Contains(get("sort") ?? "") ? get("sort")! : "due",
        Descending = get("desc") is "true" or "1",
        After = string.IsNullOrWhiteSpace(get("after")) ? null : get("after"),
        Before = string.IsNullOrWhiteSpace(get("after")) && !string.IsNullOrWhiteSpace(get("before")) ? get("before") : null,
        Last = string.IsNullOrWhiteSpace(get("after")) && string.IsNullOrWhiteSpace(get("before")) && get("last") is "true" or "1",
        PageSize = int.TryParse(get("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is > 0 and <= 200 ? size : DefaultPageSize,
    };

    /// <summary>The non-default parameters, for NavigationManager.GetUriWithQueryParameters (null removes one).</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        ["q"] = Search,
        ["status"] = Status is { } status ? CaseVocabulary.Slug(status) : null,
        ["stage"] = Stage is { } stage ? CaseVocabulary.Slug(stage) : null,
        ["dentist"] = DentistId?.ToString(),
        ["procedure"] = Procedure is { } procedure ? CaseVocabulary.Slug(procedure) : null,
        ["urgency"] = Urgency is { } urgency ? CaseVocabulary.Slug(urgency) : null,
        ["priority"] = Priority is { } priority ? CaseVocabulary.Slug(priority) : null,
        ["due_from"] = DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["due_to"] = DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["late"] = LateOnly ? "true" : null,
        ["in_lab"] = InLabOnly ? "true" : null,
        ["received_from"] = ReceivedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["sort"] = Sort == "due" ? null : Sort,
        ["desc"] = Descending ? "true" : null,
        ["after"] = After,
        ["before"] = Before,
        ["last"] = Last ? "true" : null,
        ["size"] = PageSize != DefaultPageSize ? PageSize.ToString(CultureInfo.InvariantCulture) : null,
    };

    /// <summary>"?q=...&amp;status=..." (empty when nothing is set).</summary>
    public string ToQueryString()
    {
        var parts = ToQuery().Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString((string)p.Value!))
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

public sealed record CaseListRow(
    string CaseNumber,
    string Dentist,
    string Practice,
    string? PatientName,
    string? PatientCode,
    ProcedureType Procedure,
    short[] Teeth,
    string? BridgeSpans,
    string? Shade,
    int Units,
    UrgencyLevel Urgency,
    PriorityLevel Priority,
    CaseStatus Status,
    WorkflowStageName? Stage,
    DateTimeOffset ReceivedAt,
    DateOnly DueDate,
    bool IsLate,
    bool IsRemake)
{
    public string Patient => CaseVocabulary.Patient(PatientName, PatientCode);

    /// <summary>The one "where it is" word of the list and the CSV (see <see cref="CaseFormat.WhereItIs"/>).</summary>
    public string WhereItIs => CaseFormat.WhereItIs(Status, Stage);
}

/// <summary>
/// One page of the list. <see cref="Total"/> is exact up to <see cref="CaseListQuery.CountCap"/> and CountCap + 1
/// beyond (<see cref="TotalIsCapped"/>). <see cref="Start"/> is the 1-based position of the first row, null when not
/// known (a page reached backwards from the end of a list over the cap). The cursors are null where there is no page.
/// </summary>
public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Total, DateOnly Today, TimeZoneInfo TimeZone)
{
    public int? Start { get; init; } = 1;

    public bool AtStart { get; init; } = true;

    public bool AtEnd { get; init; } = true;

    public string? PreviousCursor { get; init; }

    public string? NextCursor { get; init; }

    public bool TotalIsCapped => Total > CaseListQuery.CountCap;

    /// <summary>"1 case", "1,234 cases", "10,000+ cases".</summary>
    public string CountLabel => CappedCount.Label(Total, "case", "cases");

    /// <summary>"26–50 of 10,000+" (Gmail's pager); "25 of 10,000+" where the position is not known.</summary>
    public string RangeLabel
    {
        get
        {
            var of = TotalIsCapped ? $"{CaseListQuery.CountCap.ToString("N0", CultureInfo.InvariantCulture)}+" : Total.ToString("N0", CultureInfo.InvariantCulture);
            return Rows.Count == 0 ? $"0 of {of}"
                : Start is { } start ? $"{start.ToString("N0", CultureInfo.InvariantCulture)}–{(start + Rows.Count - 1).ToString("N0", CultureInfo.InvariantCulture)} of {of}"
                : $"{Rows.Count.ToString("N0", CultureInfo.InvariantCulture)} of {of}";
        }
    }
}

public sealed record DentistOption(Guid Id, string DentistName, string PracticeName)
{
    public override string ToString() => $"{DentistName} — {PracticeName}";
}

/// <summary>What the new-case and edit forms bind to. Nothing here is trusted: the service validates it all.</summary>
public sealed class CaseInput
{
    public DentistOption? Dentist { get; set; }

    public string? PatientName { get; set; }

    public string? PatientCode { get; set; }

    public ProcedureType Procedure { get; set; } = ProcedureType.Crown;

    public List<short> Teeth { get; set; } = [];

    /// <summary>"14-16,24-26" (see <see cref="Dentition"/>).</summary>
    public string? BridgeSpans { get; set; }

    public string? Shade { get; set; }

    public string? Material { get; set; }

    public int Units { get; set; } = 1;

    public UrgencyLevel Urgency { get; set; } = UrgencyLevel.Standard;

    public PriorityLevel Priority { get; set; } = PriorityLevel.Medium;

    public string? Instructions { get; set; }

    /// <summary>A due date other than the computed one (null: the computed one).</summary>
    public DateOnly? DueDateOverride { get; set; }

    public string? DueDateOverrideReason { get; set; }

    /// <summary>The case's xmin when the form was opened (edits only): a save over someone else's change is refused.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// What a field's server message is about (see <see cref="Infrastructure.Validation.FieldErrors"/>): the field's value,
    /// with the values its rule reads too (a patient's name or code; the teeth and the procedure for teeth and bridges).
    /// </summary>
    public string KeyOf(string field) => field switch
    {
        nameof(Dentist) => Dentist?.Id.ToString() ?? "",
        nameof(PatientName) or nameof(PatientCode) => $"{PatientName}\u001f{PatientCode}",
        nameof(Procedure) => Procedure.ToString(),
        nameof(Teeth) => $"{string.Join(",", Teeth.Order())}\u001f{CaseService.TeethRequired(Procedure)}",
        nameof(BridgeSpans) => $"{string.Join(",", Teeth.Order())}\u001f{BridgeSpans}\u001f{Procedure == ProcedureType.Bridge}",
        nameof(Shade) => $"{Shade}\u001f{RxCompleteness.ShadeRequired(Procedure)}",
        nameof(Material) => Material ?? "",
        nameof(Units) => Units.ToString(CultureInfo.InvariantCulture),
        nameof(Urgency) => Urgency.ToString(),
        nameof(Priority) => Priority.ToString(),
        nameof(Instructions) => Instructions ?? "",
        nameof(DueDateOverride) or nameof(DueDateOverrideReason) => $"{DueDateOverride}\u001f{DueDateOverrideReason}\u001f{Urgency}\u001f{Procedure}",
        _ => "",
    };
}

/// <summary>A case's header as the detail page shows it.</summary>
public sealed record CaseHeader(
    Guid Id,
    string CaseNumber,
    Guid DentistId,
    string Dentist,
    string Practice,
    string? PatientName,
    string? PatientCode,
    ProcedureType Procedure,
    short[] Teeth,
    string? BridgeSpans,
    string? Shade,
    string? Material,
    int Units,
    UrgencyLevel Urgency,
    PriorityLevel Priority,
    CaseStatus Status,
    WorkflowStageName? CurrentStage,
    DateTimeOffset ReceivedAt,
    DateOnly DueDate,
    string? DueDateOverrideReason,
    string? Instructions,
    string? HoldReason,
    string? CancelReason,
    DateTimeOffset? CancelledAt,
    DateTimeOffset? DeliveredAt,
    string? ParentCaseNumber,
    string? RemakeReason,
    RemakePayer? RemakePayer,
    string? CreatedBy,
    uint Version)
{
    public string Patient => CaseVocabulary.Patient(PatientName, PatientCode);

    public bool IsClosed => Status is CaseStatus.Delivered or CaseStatus.Cancelled;
}

public sealed record StageRow(
    WorkflowStageName Stage,
    int Position,
    int Attempt,
    WorkflowStatus Status,
    string? AssignedTo,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    decimal ExpectedHours,
    string? Reason);

public sealed record FileRow(Guid Id, string OriginalFileName, string ContentType, string Kind, long SizeBytes, string? UploadedBy, DateTimeOffset UploadedAt, bool VisibleToDentist)
{
    public bool IsImage => CaseVocabulary.IsImage(ContentType);
}

public sealed record NoteRow(Guid Id, string? Author, DateTimeOffset At, string Body, bool VisibleToDentist);

/// <summary>One audit entry of the case or its stages, files and notes, in words.</summary>
public sealed record ActivityRow(DateTimeOffset At, string? User, string What, IReadOnlyList<string> Changes);

public sealed record CaseLink(string CaseNumber, CaseStatus Status, string? RemakeReason);

public sealed record CaseDetail(
    CaseHeader Header,
    IReadOnlyList<StageRow> Stages,
    IReadOnlyList<FileRow> Files,
    IReadOnlyList<NoteRow> Notes,
    IReadOnlyList<ActivityRow> Activity,
    IReadOnlyList<CaseLink> Remakes,
    DateOnly Today,
    TimeZoneInfo TimeZone)
{
    public bool IsLate => Header.DueDate < Today && !Header.IsClosed;
}

/// <summary>What the case ticket prints.</summary>
public sealed record CaseTicketData(
    string LabName,
    string CaseNumber,
    string Dentist,
    string Practice,
    string Patient,
    ProcedureType Procedure,
    string Teeth,
    string? Shade,
    string? Material,
    int Units,
    DateOnly DueDate,
    UrgencyLevel Urgency,
    DateOnly ReceivedOn)
{
    /// <summary>The case's stages in workflow order, printed as a checklist (the names the board and portal use).</summary>
    public IReadOnlyList<WorkflowStageName> Route { get; init; } = [];
}

/// <summary>A file the dentist uploaded while writing an Rx: already checked and on disk, recorded with the case.</summary>
public sealed record StagedFile(Infrastructure.Files.StoredFile Stored, string OriginalFileName);
