using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Workflow.Templates;

public sealed record TemplateRow(Guid Id, ProcedureType Procedure, string Name, int TurnaroundDays, IReadOnlyList<TemplateStageRow> Stages);

public sealed record TemplateStageRow(WorkflowStageName Stage, int Position, decimal ExpectedHours);

/// <summary>The editable form of one template: every one of the seven stages, included or not.</summary>
public sealed class TemplateInput
{
    public Guid Id { get; set; }

    public int TurnaroundDays { get; set; }

    public List<TemplateStageInput> Stages { get; set; } = [];

    public static TemplateInput From(TemplateRow row) => new()
    {
        Id = row.Id,
        TurnaroundDays = row.TurnaroundDays,
        Stages = Enum.GetValues<WorkflowStageName>().Select(stage => row.Stages.FirstOrDefault(s => s.Stage == stage) is { } s
            ? new TemplateStageInput { Stage = stage, Included = true, Position = s.Position, ExpectedHours = s.ExpectedHours }
            : new TemplateStageInput { Stage = stage, Included = false, Position = (int)stage + 1, ExpectedHours = 0 }).ToList(),
    };
}

public sealed class TemplateStageInput
{
    public WorkflowStageName Stage { get; set; }

    public bool Included { get; set; }

    public int Position { get; set; }

    public decimal ExpectedHours { get; set; }
}

/// <summary>Workflow templates (workflow.templates): which stages per procedure, in what order, hours and turnaround. Changes apply to new cases only.</summary>
public sealed class TemplateService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser)
{
    /// <summary>Every template must pass these stages.</summary>
    public static readonly IReadOnlySet<WorkflowStageName> Required = new HashSet<WorkflowStageName>
    {
        WorkflowStageName.Receiving, WorkflowStageName.QualityControl, WorkflowStageName.Delivery,
    };

    public static string HoursField(WorkflowStageName stage) => "Hours:" + stage;

    public static string OrderField(WorkflowStageName stage) => "Order:" + stage;

    public async Task<IReadOnlyList<TemplateRow>> ListAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowTemplates, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.WorkflowTemplates.AsNoTracking()
            .OrderBy(t => t.ProcedureType)
            .Select(t => new
            {
                t.Id,
                t.ProcedureType,
                t.Name,
                t.TurnaroundDays,
                Stages = t.Stages.OrderBy(s => s.Position).Select(s => new TemplateStageRow(s.Stage, s.Position, s.ExpectedHours)).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new TemplateRow(r.Id, r.ProcedureType, r.Name, r.TurnaroundDays, r.Stages)).ToList();
    }

    public async Task<ChangeResult> SaveAsync(TemplateInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.WorkflowTemplates, ct);
        var result = Validate(input);
        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var template = await db.WorkflowTemplates.Include(t => t.Stages).SingleOrDefaultAsync(t => t.Id == input.Id, ct);
        if (template is null)
        {
            return ChangeResult.Fail("", "This template no longer exists.");
        }

        var included = input.Stages.Where(s => s.Included).OrderBy(s => s.Position).ToList();
        await using var tx = await db.BeginResilientTransactionAsync(ct);
        // Positions are unique per template: park the kept rows out of the way before renumbering.
        foreach (var row in template.Stages.ToList())
        {
            if (included.All(s => s.Stage != row.Stage))
            {
                db.WorkflowTemplateStages.Remove(row);
            }
            else
            {
                row.Position += 100;
            }
        }

        await db.SaveChangesAsync(ct);
        for (var i = 0; i < included.Count; i++)
        {
            var wanted = included[i];
            var row = template.Stages.FirstOrDefault(s => s.Stage == wanted.Stage && db.Entry(s).State != EntityState.Detached);
            if (row is null)
            {
                row = new WorkflowTemplateStage { TemplateId = template.Id, Stage = wanted.Stage };
                db.WorkflowTemplateStages.Add(row);
            }

            row.Position = i + 1;
            row.ExpectedHours = wanted.ExpectedHours;
        }

        template.TurnaroundDays = input.TurnaroundDays;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ChangeResult.Ok();
    }

    private static ChangeResult Validate(TemplateInput input)
    {
        var result = new ChangeResult();
        if (input.TurnaroundDays <= 0)
        {
            result.Errors[nameof(input.TurnaroundDays)] = "The turnaround must be at least 1 business day.";
        }
        else if (input.TurnaroundDays > 365)
        {
            result.Errors[nameof(input.TurnaroundDays)] = "The turnaround must be at most 365 business days.";
        }

        var included = input.Stages.Where(s => s.Included).ToList();
        if (included.Count == 0)
        {
            result.Errors[nameof(input.Stages)] = "Include at least one stage.";
        }

        foreach (var stage in Required.Where(r => included.All(s => s.Stage != r)))
        {
            result.Errors[nameof(input.Stages)] = $"{Labels.Label(stage)} is always part of the workflow.";
        }

        foreach (var stage in included)
        {
            if (stage.ExpectedHours < 0 || stage.ExpectedHours > 9999)
            {
                result.Errors[HoursField(stage.Stage)] = "Hours must be between 0 and 9999.";
            }

            if (stage.Position < 1)
            {
                result.Errors[OrderField(stage.Stage)] = "The order must be 1 or more.";
            }
            else if (included.Count(s => s.Position == stage.Position) > 1)
            {
                result.Errors[OrderField(stage.Stage)] = $"Another stage also has order {stage.Position}.";
            }
        }

        return result;
    }
}
