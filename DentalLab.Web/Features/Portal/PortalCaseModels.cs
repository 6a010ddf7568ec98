using DentalLab.Web.Infrastructure.Text;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Portal;

public sealed record PortalStage(WorkflowStageName Stage, int Attempt, WorkflowStatus Status, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt);

public sealed record PortalNote(string Author, DateTimeOffset At, string Body);

/// <summary>A file of the case the dentist may open: their own uploads (<see cref="FromMe"/>) and the lab's files marked visible.</summary>
public sealed record PortalFile(Guid Id, string Name, string Kind, long SizeBytes, DateTimeOffset At, bool FromMe);

/// <summary>A case as its dentist sees it: plain words, the lab's visible notes, shared files — nothing internal.</summary>
public sealed record PortalCaseView(
    string CaseNumber,
    string Patient,
    ProcedureType Procedure,
    IReadOnlyList<short> Teeth,
    string? Shade,
    UrgencyLevel Urgency,
    CaseStatus Status,
    WorkflowStageName? CurrentStage,
    string? HoldReason,
    DateOnly DueDate,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DeliveredAt,
    IReadOnlyList<PortalStage> Stages,
    IReadOnlyList<PortalNote> Notes,
    IReadOnlyList<PortalFile> Files)
{
    /// <summary>What the dentist sent: "24-26 bridge", material and instructions as written in the Rx.</summary>
    public string? BridgeSpans { get; init; }

    public string? Material { get; init; }

    public string? Instructions { get; init; }

    public int Units { get; init; } = 1;

    /// <summary>The lab's today (its time zone), for "late".</summary>
    public DateOnly Today { get; init; }

    public bool IsClosed => Status is CaseStatus.Delivered or CaseStatus.Cancelled;

    /// <summary>Past its expected ship date and still in the lab.</summary>
    public bool IsLate => !IsClosed && DueDate < Today;

    /// <summary>"24-26 bridge, 11": the teeth as the ticket and the lab's list write them.</summary>
    public string TeethText => Cases.Dentition.Describe([.. Teeth], BridgeSpans);

    /// <summary>"tooth 36", "teeth 11, 21", "24-26 bridge" (a bridge names itself).</summary>
    public string TeethPhrase => string.IsNullOrWhiteSpace(BridgeSpans) ? (Teeth.Count == 1 ? "tooth " : "teeth ") + TeethText : TeethText;

    /// <summary>"Late by 1 day", "Late by 3 days" (empty when not late).</summary>
    public string LateText => IsLate ? $"Late by {Today.DayNumber - DueDate.DayNumber} {(Today.DayNumber - DueDate.DayNumber == 1 ? "day" : "days")}" : "";

    /// <summary>"In design since 10:40", "Delivered on 2026-11-20", "On hold: waiting for a new impression".</summary>
    public string WhereItIs(TimeZoneInfo zone)
    {
        if (Status == CaseStatus.Delivered && DeliveredAt is { } delivered)
        {
            return $"Delivered on {Local(delivered, zone):yyyy-MM-dd}";
        }

        if (Status == CaseStatus.Cancelled)
        {
            return "Cancelled";
        }

        if (Status == CaseStatus.OnHold)
        {
            return HoldReason is null ? "On hold" : $"On hold: {HoldReason}";
        }

        var current = Stages.LastOrDefault(s => s.Stage == CurrentStage && s.Status == WorkflowStatus.InProgress);
        var name = CurrentStage is { } stage ? Labels.Lower(stage) : Labels.Label(Status).ToLowerInvariant();
        if (current?.StartedAt is not { } since)
        {
            return $"In {name}";
        }

        var local = Local(since, zone);
        return local.Date == Local(DateTimeOffset.UtcNow, zone).Date ? $"In {name} since {local:HH:mm}" : $"In {name} since {local:yyyy-MM-dd HH:mm}";
    }

    private static DateTimeOffset Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone);
}
