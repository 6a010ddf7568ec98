using DentalLab.Data.Entities;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Data.Seed;

public static partial class SeedData
{
    /// <summary>
    /// The stock workflow per procedure type: turnaround in business days and (stage, expected hours) in order.
    /// Hours are hands-on or machine time; sintering and crystallisation are furnace cycles. Work that is not milled
    /// or fired (dentures, aligners, night guards) skips those stages. Admins edit the templates afterwards.
    /// </summary>
    private static readonly (ProcedureType Type, string Name, string Description, int Days, (WorkflowStageName Stage, decimal Hours)[] Stages)[] _workflowDefinitions =
    [
        (ProcedureType.Crown, "Single crown", "CAD/CAM zirconia or lithium disilicate crown.", 5,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 1.00m), (Milling, 1.00m), (Sintering, 8.00m), (QualityControl, 0.50m), (Delivery, 0.25m)]),
        (ProcedureType.Bridge, "Bridge", "Multi-unit fixed bridge: abutments, pontics and connectors.", 7,
            [(Receiving, 0.25m), (ImpressionScan, 0.75m), (Design, 2.00m), (Milling, 2.00m), (Sintering, 10.00m), (QualityControl, 1.00m), (Delivery, 0.25m)]),
        (ProcedureType.Implant, "Implant restoration", "Custom abutment and screw-retained or cemented implant crown.", 10,
            [(Receiving, 0.50m), (ImpressionScan, 1.00m), (Design, 2.50m), (Milling, 2.00m), (Sintering, 8.00m), (QualityControl, 1.00m), (Delivery, 0.25m)]),
        (ProcedureType.Veneer, "Veneer", "Lithium disilicate or feldspathic veneer, layered and glazed.", 6,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 1.50m), (Milling, 1.00m), (Sintering, 4.00m), (QualityControl, 0.75m), (Delivery, 0.25m)]),
        (ProcedureType.Inlay, "Inlay", "Ceramic or composite inlay.", 5,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 0.75m), (Milling, 0.75m), (Sintering, 4.00m), (QualityControl, 0.50m), (Delivery, 0.25m)]),
        (ProcedureType.Onlay, "Onlay", "Ceramic or composite onlay covering one or more cusps.", 5,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 1.00m), (Milling, 1.00m), (Sintering, 4.00m), (QualityControl, 0.50m), (Delivery, 0.25m)]),
        (ProcedureType.Denture, "Complete denture", "Acrylic complete denture: models, bite, tooth set-up, processing.", 10,
            [(Receiving, 0.50m), (ImpressionScan, 1.50m), (Design, 6.00m), (QualityControl, 1.00m), (Delivery, 0.25m)]),
        (ProcedureType.PartialDenture, "Partial denture", "Removable partial denture on a milled or cast metal framework.", 10,
            [(Receiving, 0.50m), (ImpressionScan, 1.00m), (Design, 4.00m), (Milling, 2.00m), (QualityControl, 1.00m), (Delivery, 0.25m)]),
        (ProcedureType.NightGuard, "Night guard", "Milled or printed occlusal splint.", 3,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 0.50m), (Milling, 1.00m), (QualityControl, 0.25m), (Delivery, 0.25m)]),
        (ProcedureType.Aligner, "Clear aligners", "Treatment set-up, printed models and thermoformed aligners.", 7,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 3.00m), (Milling, 1.50m), (QualityControl, 0.50m), (Delivery, 0.25m)]),
        (ProcedureType.Other, "Other", "Any other work: every stage, the lab's default turnaround.", 7,
            [(Receiving, 0.25m), (ImpressionScan, 0.50m), (Design, 1.00m), (Milling, 1.00m), (Sintering, 4.00m), (QualityControl, 0.50m), (Delivery, 0.25m)]),
    ];

    public static Guid WorkflowTemplateId(ProcedureType type) => StableId("workflow-template:" + type);

    public static WorkflowTemplate[] WorkflowTemplates => _workflowDefinitions
        .Select(d => new WorkflowTemplate
        {
            Id = WorkflowTemplateId(d.Type),
            ProcedureType = d.Type,
            Name = d.Name,
            Description = d.Description,
            TurnaroundDays = d.Days,
            IsActive = true,
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        })
        .ToArray();

    public static WorkflowTemplateStage[] WorkflowTemplateStages => _workflowDefinitions
        .SelectMany(d => d.Stages.Select((s, i) => new WorkflowTemplateStage
        {
            Id = StableId($"workflow-template-stage:{d.Type}:{s.Stage}"),
            TemplateId = WorkflowTemplateId(d.Type),
            Stage = s.Stage,
            Position = i + 1,
            ExpectedHours = s.Hours,
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        }))
        .ToArray();
}
