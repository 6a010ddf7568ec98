using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Workflow;

public enum DueWindow { Any, Overdue, Today, NextThreeDays, NextSevenDays }

/// <summary>What the board shows: all filters are applied in the database.</summary>
public sealed record BoardFilter(
    bool Mine = false,
    Guid? DepartmentId = null,
    UrgencyLevel? Urgency = null,
    Guid? DentistId = null,
    DueWindow Due = DueWindow.Any);

/// <summary>One case on the board, at its current (open) stage row.</summary>
public sealed record BoardCard(
    Guid CaseId,
    string CaseNumber,
    string Practice,
    ProcedureType Procedure,
    short[] Teeth,
    string? BridgeSpans,
    DateOnly DueDate,
    UrgencyLevel Urgency,
    WorkflowStageName Stage,
    Guid? StageId,
    WorkflowStatus? StageStatus,
    DateTimeOffset? StartedAt,
    Guid? AssignedToId,
    string? AssignedTo,
    string? Reason,
    int Attempt,
    WorkflowStageName? NextStage)
{
    /// <summary>The drop-zone identifier of the card's column.</summary>
    public string Zone => Stage.ToString();

    /// <summary>
    /// A card is the case at one stage row. MudBlazor's drop zone keys its items (@key, its order dictionary) by
    /// equality and hash; a record's default equality compared the Teeth array by reference, so every re-read of the
    /// board gave each card a new identity, the zone re-created and re-ordered its items by position, and a drag
    /// could act on the card that had come to sit where the dragged one was.
    /// </summary>
    public bool Equals(BoardCard? other) => other is not null && CaseId == other.CaseId && StageId == other.StageId;

    public override int GetHashCode() => HashCode.Combine(CaseId, StageId);
}

public sealed record BoardColumn(WorkflowStageName Stage, int Total, IReadOnlyList<BoardCard> Cards);

public sealed record BoardData(IReadOnlyList<BoardColumn> Columns, DateOnly Today, DateTimeOffset Now);

public sealed record BoardOption(Guid Id, string Name);

/// <summary>The board page as the prerender read it, handed to the interactive render (persisted component state).</summary>
public sealed record BoardSnapshot(
    BoardData Data,
    IReadOnlyList<BoardOption> Departments,
    IReadOnlyList<BoardOption> Dentists,
    IReadOnlyList<DentalLab.Web.Features.Departments.Equipment.BrokenMachine> Broken,
    bool CanAdvance,
    bool CanAssign);

/// <summary>What a card's action menu can do.</summary>
public enum BoardAction { Complete, QcPass, QcFail, Assign, Block, Hold, Resume }
