namespace DentalLab.Data.Entities;

/// <summary>One stage of a workflow template, with its position and the hours it is expected to take.</summary>
public class WorkflowTemplateStage : Entity, IAudited
{
    public Guid TemplateId { get; set; }

    public WorkflowTemplate? Template { get; set; }

    public WorkflowStageName Stage { get; set; }

    /// <summary>1-based order within the template.</summary>
    public int Position { get; set; }

    public decimal ExpectedHours { get; set; }
}
