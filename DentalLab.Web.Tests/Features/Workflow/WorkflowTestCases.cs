using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>Creates cases in a known workflow state, the way case intake instantiates them from the template.</summary>
internal static class WorkflowTestCases
{
    public const string DentistEmail = "dentist@dentallab.test";

    /// <summary>A crown case (7 stages) whose <paramref name="at"/> stage is in progress, earlier ones completed, later ones pending.</summary>
    public static async Task<(string CaseNumber, Guid CaseId)> CreateAsync(LabApp app, WorkflowStageName at = WorkflowStageName.Receiving,
        ProcedureType procedure = ProcedureType.Crown, DateOnly? due = null, UrgencyLevel urgency = UrgencyLevel.Standard)
    {
        await using var db = app.Db();
        var dentist = await db.DentistProfiles.FirstAsync(d => d.User!.NormalizedEmail == DentistEmail.ToUpperInvariant());
        var template = await db.WorkflowTemplates.Include(t => t.Stages).SingleAsync(t => t.ProcedureType == procedure);
        var now = DateTimeOffset.UtcNow;
        var @case = new Case
        {
            DentistId = dentist.Id,
            PatientCode = "WF-" + Guid.NewGuid().ToString("N")[..8],
            ProcedureType = procedure,
            Teeth = [11, 12],
            Urgency = urgency,
            ReceivedAt = now.AddDays(-1),
            DueDate = due ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5),
            CurrentStage = at,
            Status = Case.StatusForStage(at),
        };
        var position = template.Stages.Single(s => s.Stage == at).Position;
        foreach (var stage in template.Stages.OrderBy(s => s.Position))
        {
            @case.Stages.Add(new WorkflowStage
            {
                Stage = stage.Stage,
                Position = stage.Position,
                Attempt = 1,
                ExpectedHours = stage.ExpectedHours,
                Status = stage.Position < position ? WorkflowStatus.Completed : stage.Position == position ? WorkflowStatus.InProgress : WorkflowStatus.Pending,
                StartedAt = stage.Position <= position ? now.AddHours(-2) : null,
                CompletedAt = stage.Position < position ? now.AddHours(-1) : null,
            });
        }

        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return (@case.CaseNumber, @case.Id);
    }

    public static async Task<List<WorkflowStage>> StagesAsync(LabApp app, Guid caseId)
    {
        await using var db = app.Db();
        return await db.WorkflowStages.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.Position).ThenBy(s => s.Attempt).ToListAsync();
    }

    public static async Task<Case> CaseAsync(LabApp app, Guid caseId)
    {
        await using var db = app.Db();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
    }

    public static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }
}
