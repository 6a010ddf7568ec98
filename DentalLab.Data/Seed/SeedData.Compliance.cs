using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

public static partial class SeedData
{
    private static readonly string[] _fixedChecks =
        ["Margins closed and continuous", "Proximal contacts", "Occlusion and articulation", "Shade match", "Surface finish and glaze", "Fit on model"];

    /// <summary>The stock quality control checklist per procedure type (edited afterwards beside the workflow templates).</summary>
    private static readonly (ProcedureType Type, string[] Items)[] _qcChecklists =
    [
        (ProcedureType.Crown, _fixedChecks),
        (ProcedureType.Bridge, [.. _fixedChecks, "Connector dimensions", "Pontic form and hygiene access"]),
        (ProcedureType.Implant, ["Abutment seat on implant analog", "Screw channel clear", "Emergence profile", "Proximal contacts", "Occlusion and articulation", "Shade match", "Surface finish and glaze"]),
        (ProcedureType.Veneer, ["Margins closed and continuous", "Thickness within prescription", "Shade and translucency match", "Surface texture and glaze", "Fit on model"]),
        (ProcedureType.Inlay, ["Margins closed and continuous", "Proximal contacts", "Occlusion", "Shade match", "Fit on model"]),
        (ProcedureType.Onlay, ["Margins closed and continuous", "Proximal contacts", "Occlusion", "Shade match", "Fit on model"]),
        (ProcedureType.Denture, ["Tooth set-up and midline", "Occlusion and vertical dimension", "Border extension", "Base polished, no porosity", "Shade and mould as prescribed"]),
        (ProcedureType.PartialDenture, ["Framework fit on model", "Clasp retention", "Occlusion", "Base polished, no porosity", "Shade and mould as prescribed"]),
        (ProcedureType.NightGuard, ["Fit on model", "Even occlusal contacts", "Thickness within prescription", "Edges smooth and polished"]),
        (ProcedureType.Aligner, ["Trim line", "Fit on model", "No cracks or clouding", "Stage number marked"]),
        (ProcedureType.Other, ["Matches the prescription", "Fit on model", "Surface finish"]),
    ];

    public static QcChecklistItem[] QcChecklistItems => _qcChecklists
        .SelectMany(c => c.Items.Select((text, i) => new QcChecklistItem
        {
            Id = StableId($"qc-checklist-item:{c.Type}:{i + 1}"),
            ProcedureType = c.Type,
            Position = i + 1,
            Text = text,
            IsActive = true,
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        }))
        .ToArray();
}
