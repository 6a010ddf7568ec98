using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Workflow;

/// <summary>Words for stages and statuses, the same on the board, the scan station and in notifications.</summary>
public static class WorkflowText
{
    public static string Stage(WorkflowStageName stage) => stage switch
    {
        WorkflowStageName.Receiving => "Receiving",
        WorkflowStageName.ImpressionScan => "Impression / scan",
        WorkflowStageName.Design => "Design",
        WorkflowStageName.Milling => "Milling",
        WorkflowStageName.Sintering => "Sintering",
        WorkflowStageName.QualityControl => "Quality control",
        WorkflowStageName.Delivery => "Delivery",
        _ => stage.ToString(),
    };

    /// <summary>Completes "DL-2026-000123 is now ...".</summary>
    public static string StatusPhrase(CaseStatus status) => status switch
    {
        CaseStatus.Received => "received",
        CaseStatus.Processing => "in impression and scanning",
        CaseStatus.Designing => "in design",
        CaseStatus.Milling => "in milling",
        CaseStatus.Qc => "in quality control",
        CaseStatus.Ready => "ready for delivery",
        CaseStatus.Delivered => "delivered",
        CaseStatus.Cancelled => "cancelled",
        CaseStatus.OnHold => "on hold",
        _ => status.ToString(),
    };

    public static string Procedure(ProcedureType type) => type switch
    {
        ProcedureType.PartialDenture => "Partial denture",
        ProcedureType.NightGuard => "Night guard",
        _ => type.ToString(),
    };

    public static string Teeth(short[] teeth, string? bridgeSpans) =>
        !string.IsNullOrEmpty(bridgeSpans) ? "bridge " + bridgeSpans.Replace(",", ", ", StringComparison.Ordinal)
        : teeth.Length == 0 ? "full arch"
        : string.Join(", ", teeth);

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
