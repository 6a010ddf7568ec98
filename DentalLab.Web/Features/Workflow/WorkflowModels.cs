using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Workflow;

/// <summary>Words for stages and statuses, the same on the board, the scan station and in notifications.</summary>
public static class WorkflowText
{
    public static string Teeth(short[] teeth, string? bridgeSpans) => Cases.Dentition.Describe(teeth, bridgeSpans, none: "full arch");

    /// <summary>"3d 4h", "5h 10m", "12m".</summary>
    public static string Duration(TimeSpan span) =>
        span < TimeSpan.Zero ? "0m"
        : span.TotalDays >= 1 ? $"{(int)span.TotalDays}d {span.Hours}h"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes}m"
        : $"{(int)span.TotalMinutes}m";
}

/// <summary>A technician who may be assigned to a stage (active, holds workflow.advance).</summary>
public sealed record Assignee(Guid Id, string FullName);

/// <summary>An earlier stage that quality control can send a case back to.</summary>
public sealed record ReturnTarget(WorkflowStageName Stage, int Position);
