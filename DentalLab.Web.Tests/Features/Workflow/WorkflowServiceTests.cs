using DentalLab.Data.Entities;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>The stage rules of WorkflowService against real PostgreSQL.</summary>
[Collection(LabCollection.Name)]
public sealed class WorkflowServiceTests(LabServerFixture server)
{
    private const string Tech = "tech@dentallab.test";
    private const string Manager = "manager@dentallab.test";

    private Task<LabApp> AppAsync() => server.SharedAppAsync("workflow-service");

    private static async Task<ChangeResult> AsAsync(LabApp app, string email, Func<WorkflowService, Task<ChangeResult>> call)
    {
        await using var scope = await app.ScopeAsAsync(email);
        return await call(scope.ServiceProvider.GetRequiredService<WorkflowService>());
    }

    private static async Task<DentalLab.Web.Features.Compliance.QcPassInput> AllTickedAsync(LabApp app, string number)
    {
        await using var db = app.Db();
        var procedure = await db.Cases.Where(c => c.CaseNumber == number).Select(c => c.ProcedureType).SingleAsync();
        return new(await db.QcChecklistItems.Where(i => i.ProcedureType == procedure && i.IsActive).Select(i => i.Id).ToListAsync());
    }

    [Fact]
    public async Task Only_the_current_stage_can_be_completed()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Design);
        var milling = (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Milling);

        var result = await AsAsync(app, Tech, w => w.CompleteStageAsync(number, milling.Id));

        Assert.False(result.Succeeded);
        Assert.Contains("now at Design", result.For(""));
        var stages = await WorkflowTestCases.StagesAsync(app, id);
        Assert.Equal(WorkflowStatus.InProgress, stages.Single(s => s.Stage == Design).Status);
        Assert.Equal(WorkflowStatus.Pending, stages.Single(s => s.Stage == Milling).Status);

        var unknown = await AsAsync(app, Tech, w => w.CompleteStageAsync("DL-1999-999999"));
        Assert.Equal("There is no case DL-1999-999999.", unknown.For(""));
    }

    [Fact]
    public async Task Completing_each_stage_starts_the_next_and_the_case_status_follows_the_stage()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Receiving);
        var techId = await WorkflowTestCases.UserIdAsync(app, Tech);
        var expected = new[] { CaseStatus.Processing, CaseStatus.Designing, CaseStatus.Milling, CaseStatus.Milling, CaseStatus.Qc, CaseStatus.Ready, CaseStatus.Delivered };
        var currentStages = new WorkflowStageName?[] { ImpressionScan, Design, Milling, Sintering, QualityControl, Delivery, Delivery };

        for (var i = 0; i < expected.Length; i++)
        {
            // Quality control passes with its checklist ticked (CompleteStageAsync refuses it).
            var ticked = await AllTickedAsync(app, number);
            var result = await AsAsync(app, Tech, w => i == 5 ? w.QcPassAsync(number, ticked) : w.CompleteStageAsync(number));
            Assert.True(result.Succeeded, result.For(""));
            var @case = await WorkflowTestCases.CaseAsync(app, id);
            Assert.Equal(expected[i], @case.Status);
            Assert.Equal(currentStages[i], @case.CurrentStage);
        }

        var final = await WorkflowTestCases.CaseAsync(app, id);
        Assert.NotNull(final.DeliveredAt);
        var stages = await WorkflowTestCases.StagesAsync(app, id);
        Assert.All(stages, s =>
        {
            Assert.Equal(WorkflowStatus.Completed, s.Status);
            Assert.Equal(techId, s.CompletedById);
            Assert.NotNull(s.StartedAt);
            Assert.NotNull(s.CompletedAt);
        });

        var after = await AsAsync(app, Tech, w => w.CompleteStageAsync(number));
        Assert.Contains("has been delivered", after.For(""));

        await using var db = app.Db();
        var design = stages.Single(s => s.Stage == Design).Id.ToString();
        Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "workflow_stages" && a.RecordId == design && a.UserId == techId && a.Action == AuditAction.Update));
    }

    [Fact]
    public async Task Qc_fail_closes_the_attempt_as_failed_and_reworks_from_the_chosen_stage_as_new_attempts()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, QualityControl);

        var later = await AsAsync(app, Tech, w => w.QcFailAsync(number, Delivery, "Wrong stage"));
        Assert.False(later.Succeeded);
        var noReason = await AsAsync(app, Tech, w => w.QcFailAsync(number, Milling, "  "));
        Assert.Equal("Give a reason.", noReason.For(""));

        var result = await AsAsync(app, Tech, w => w.QcFailAsync(number, Milling, "Open margin on 12"));
        Assert.True(result.Succeeded, result.For(""));

        var stages = await WorkflowTestCases.StagesAsync(app, id);
        var qc1 = stages.Single(s => s.Stage == QualityControl && s.Attempt == 1);
        Assert.Equal(WorkflowStatus.Failed, qc1.Status);
        Assert.Equal("Open margin on 12", qc1.QcFailedReason);
        Assert.NotNull(qc1.CompletedAt);
        Assert.Equal(WorkflowStatus.Completed, stages.Single(s => s.Stage == Milling && s.Attempt == 1).Status);
        Assert.Equal(WorkflowStatus.InProgress, stages.Single(s => s.Stage == Milling && s.Attempt == 2).Status);
        Assert.Equal(WorkflowStatus.Pending, stages.Single(s => s.Stage == Sintering && s.Attempt == 2).Status);
        Assert.Equal(WorkflowStatus.Pending, stages.Single(s => s.Stage == QualityControl && s.Attempt == 2).Status);
        Assert.DoesNotContain(stages, s => s.Stage is Design or Delivery && s.Attempt > 1);
        Assert.Equal(10, stages.Count);
        var @case = await WorkflowTestCases.CaseAsync(app, id);
        Assert.Equal((CaseStatus.Milling, (WorkflowStageName?)Milling), (@case.Status, @case.CurrentStage));

        Assert.True((await AsAsync(app, Tech, w => w.CompleteStageAsync(number))).Succeeded);
        Assert.True((await AsAsync(app, Tech, w => w.CompleteStageAsync(number))).Succeeded);
        var all = await AllTickedAsync(app, number);
        Assert.True((await AsAsync(app, Tech, w => w.QcPassAsync(number, all))).Succeeded);
        @case = await WorkflowTestCases.CaseAsync(app, id);
        Assert.Equal((CaseStatus.Ready, (WorkflowStageName?)Delivery), (@case.Status, @case.CurrentStage));
    }

    [Fact]
    public async Task Block_hold_and_resume_need_a_reason_and_a_blocked_stage_cannot_be_completed()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Design);

        Assert.Equal("Give a reason.", (await AsAsync(app, Tech, w => w.BlockAsync(number, ""))).For(""));
        Assert.True((await AsAsync(app, Tech, w => w.BlockAsync(number, "Waiting for the bite registration"))).Succeeded);
        var design = (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design);
        Assert.Equal((WorkflowStatus.Blocked, "Waiting for the bite registration"), (design.Status, design.BlockReason));

        var refused = await AsAsync(app, Tech, w => w.CompleteStageAsync(number));
        Assert.Contains("is blocked (Waiting for the bite registration): resume it first", refused.For(""));

        Assert.True((await AsAsync(app, Tech, w => w.ResumeAsync(number))).Succeeded);
        Assert.True((await AsAsync(app, Tech, w => w.HoldAsync(number, "Dentist asked to wait"))).Succeeded);
        var held = await WorkflowTestCases.CaseAsync(app, id);
        Assert.Equal((CaseStatus.OnHold, "Dentist asked to wait"), (held.Status, held.HoldReason));
        Assert.Equal(WorkflowStatus.OnHold, (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design).Status);

        Assert.True((await AsAsync(app, Tech, w => w.ResumeAsync(number))).Succeeded);
        var resumed = await WorkflowTestCases.CaseAsync(app, id);
        Assert.Equal((CaseStatus.Designing, (string?)null), (resumed.Status, resumed.HoldReason));
        Assert.Contains("is not blocked or on hold", (await AsAsync(app, Tech, w => w.ResumeAsync(number))).For(""));
    }

    [Fact]
    public async Task A_resume_from_the_board_or_the_case_page_clears_the_hold_reason_with_the_same_permission_and_notification()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Design);
        var dentist = await WorkflowTestCases.UserIdAsync(app, WorkflowTestCases.DentistEmail);

        // The board: a technician (workflow.advance), with the stage the card showed.
        var design = (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design);
        Assert.True((await AsAsync(app, Tech, w => w.HoldAsync(number, "Waiting for the dentist", design.Id))).Succeeded);
        Assert.True((await AsAsync(app, Tech, w => w.ResumeAsync(number, design.Id))).Succeeded);
        await AssertResumedAsync("Waiting for the dentist");

        // The case page: staff (cases.edit, not workflow.advance), without a stage.
        Assert.True((await AsAsync(app, "staff@dentallab.test", w => w.HoldAsync(number, "Shade to confirm"))).Succeeded);
        Assert.True((await AsAsync(app, "staff@dentallab.test", w => w.ResumeAsync(number))).Succeeded);
        await AssertResumedAsync("Shade to confirm");

        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(app, WorkflowTestCases.DentistEmail, w => w.ResumeAsync(number)));
        await using var db = app.Db();
        var told = await db.Notifications.Where(n => n.UserId == dentist && n.Title.StartsWith(number)).Select(n => n.Title).ToListAsync();
        Assert.Equal(2, told.Count(t => t == $"{number} is now on hold"));
        Assert.Equal(2, told.Count(t => t == $"{number} is now in design"));

        async Task AssertResumedAsync(string reason)
        {
            var @case = await WorkflowTestCases.CaseAsync(app, id);
            Assert.Equal((CaseStatus.Designing, (string?)null), (@case.Status, @case.HoldReason));
            var stage = (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design);
            Assert.Equal((WorkflowStatus.InProgress, (string?)null), (stage.Status, stage.HoldReason));
            await using var scope = await app.ScopeAsAsync(Manager);
            var detail = (await scope.ServiceProvider.GetRequiredService<DentalLab.Web.Features.Cases.CaseQueries>().DetailAsync(number))!;
            Assert.DoesNotContain(detail.Stages, s => s.Reason == reason);
        }
    }

    [Fact]
    public async Task Assigning_needs_workflow_assign_and_an_assignee_who_can_advance_stages()
    {
        var app = await AppAsync();
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Design);
        var chloe = await WorkflowTestCases.UserIdAsync(app, "chloe.dubois@dentallab.test");
        var staff = await WorkflowTestCases.UserIdAsync(app, "staff@dentallab.test");

        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(app, Tech, w => w.AssignAsync(number, Design, chloe)));
        var notTech = await AsAsync(app, Manager, w => w.AssignAsync(number, Design, staff));
        Assert.Equal("Only active users who can advance stages can be assigned.", notTech.For(""));

        Assert.True((await AsAsync(app, Manager, w => w.AssignAsync(number, Design, chloe))).Succeeded);
        Assert.Equal(chloe, (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design).AssignedToId);
        await using var db = app.Db();
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == chloe && n.Type == NotificationType.Assignment && n.Title == $"You are assigned to design of {number}"));
    }

    [Fact]
    public async Task A_stage_change_notifies_the_technician_of_the_new_stage_and_the_dentist_when_the_status_changes()
    {
        var app = await AppAsync();
        var (number, _) = await WorkflowTestCases.CreateAsync(app, ImpressionScan);
        var hiroshi = await WorkflowTestCases.UserIdAsync(app, "hiroshi.sato@dentallab.test");
        var dentist = await WorkflowTestCases.UserIdAsync(app, WorkflowTestCases.DentistEmail);
        Assert.True((await AsAsync(app, Manager, w => w.AssignAsync(number, Design, hiroshi))).Succeeded);

        Assert.True((await AsAsync(app, Tech, w => w.CompleteStageAsync(number))).Succeeded);

        await using var db = app.Db();
        var toTech = await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == hiroshi && n.Title == $"{number} is ready for design");
        Assert.Equal((NotificationType.Assignment, $"/cases/{number}"), (toTech.Type, toTech.Link));
        var toDentist = await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == dentist && n.Title == $"{number} is now in design");
        Assert.Equal(NotificationType.CaseUpdate, toDentist.Type);

        // Milling → sintering keeps the status "milling": the dentist hears nothing new.
        var (milling, _) = await WorkflowTestCases.CreateAsync(app, Milling);
        Assert.True((await AsAsync(app, Tech, w => w.CompleteStageAsync(milling))).Succeeded);
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == dentist && n.Title.StartsWith(milling)));
    }

    [Fact]
    public async Task Two_people_completing_the_same_stage_at_once_exactly_one_wins_and_the_other_is_told()
    {
        var app = await AppAsync();
        for (var round = 0; round < 3; round++)
        {
            var (number, id) = await WorkflowTestCases.CreateAsync(app, Design);
            var design = (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design);
            var callers = new[] { Tech, Manager, Tech, Manager }
                .Select(email => Task.Run(() => AsAsync(app, email, w => w.CompleteStageAsync(number, design.Id))))
                .ToArray();
            var results = await Task.WhenAll(callers);

            Assert.Single(results, r => r.Succeeded);
            Assert.All(results.Where(r => !r.Succeeded), r =>
            {
                Assert.True(r.Conflict);
                Assert.Contains(number, r.For(""));
            });
            var stages = await WorkflowTestCases.StagesAsync(app, id);
            Assert.Equal(WorkflowStatus.Completed, stages.Single(s => s.Stage == Design).Status);
            Assert.Equal(WorkflowStatus.InProgress, stages.Single(s => s.Stage == Milling).Status);
            Assert.Equal(WorkflowStatus.Pending, stages.Single(s => s.Stage == Sintering).Status);
        }
    }
}
