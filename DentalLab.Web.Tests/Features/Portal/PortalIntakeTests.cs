using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Tests.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>An online Rx against real PostgreSQL: the case is the signed-in dentist's, at receiving, with the template's due date.</summary>
[Collection(LabCollection.Name)]
public sealed class PortalIntakeTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("portal-rx");

    [Fact]
    public async Task A_complete_Rx_creates_the_signed_in_dentists_case_at_receiving_with_its_file_pickup_and_lab_notice()
    {
        var app = await AppAsync();
        var me = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var other = await CaseTestData.DentistOfAsync(app, "dentist2@dentallab.test");
        var input = RxTestData.Crown();
        input.Dentist = other; // what a forged form would send: ignored.
        input.Urgency = UrgencyLevel.Rush;
        var number = await RxTestData.SendAsync(app, "dentist@dentallab.test", input, pickup: true);

        var settings = app.Services.GetRequiredService<LabSettings>();
        await using var db = app.Db();
        var template = await db.Set<WorkflowTemplate>().Include(t => t.Stages).SingleAsync(t => t.ProcedureType == ProcedureType.Crown && t.IsActive);
        var expectedDue = new DueDateCalculator(await settings.GetDatesAsync("cases.holidays")).DueDate(await settings.TodayAsync(), template, UrgencyLevel.Rush);
        var saved = await db.Cases.Include(c => c.Stages).Include(c => c.Files).SingleAsync(c => c.CaseNumber == number);
        var dentistUser = await db.Users.SingleAsync(u => u.NormalizedEmail == "DENTIST@DENTALLAB.TEST");

        Assert.Equal(me.Id, saved.DentistId);
        Assert.Equal(expectedDue, saved.DueDate);
        Assert.Null(saved.DueDateOverrideReason);
        Assert.Equal(CaseStatus.Received, saved.Status);
        Assert.Equal(WorkflowStageName.Receiving, saved.CurrentStage);
        Assert.Equal(template.Stages.OrderBy(s => s.Position).Select(s => s.Stage), saved.Stages.OrderBy(s => s.Position).Select(s => s.Stage));
        Assert.Equal(WorkflowStatus.InProgress, saved.Stages.Single(s => s.Stage == WorkflowStageName.Receiving).Status);
        Assert.Equal([21], saved.Teeth);
        Assert.Equal("A2", saved.Shade);
        Assert.Equal(dentistUser.Id, saved.CreatedById);

        var file = Assert.Single(saved.Files);
        Assert.Equal(("prep.stl", "scan", true, dentistUser.Id), (file.OriginalFileName, file.Kind, file.VisibleToDentist, file.UploadedById));

        var pickup = await db.Set<Shipment>().SingleAsync(s => s.CaseId == saved.Id);
        Assert.Equal((ShipmentType.Pickup, ShipmentStatus.Scheduled, me.Id), (pickup.Type, pickup.Status, pickup.DentistId));

        // The lab (everyone who logs cases) is told; the dentists are not.
        var told = await db.Set<Notification>().Where(n => n.Link == $"/cases/{number}").Select(n => n.User!.NormalizedEmail).ToListAsync();
        Assert.Contains("STAFF@DENTALLAB.TEST", told);
        Assert.Contains("MANAGER@DENTALLAB.TEST", told);
        Assert.DoesNotContain("DENTIST@DENTALLAB.TEST", told);
        Assert.DoesNotContain("DENTIST2@DENTALLAB.TEST", told);
        Assert.False(await db.Cases.AnyAsync(c => c.CaseNumber == number && c.DentistId == other.Id));
    }

    [Fact]
    public async Task An_incomplete_Rx_names_each_missing_item_and_creates_nothing()
    {
        var app = await AppAsync();
        await using var scope = await app.ScopeAsAsync("dentist@dentallab.test");
        var input = RxTestData.Crown();
        input.Teeth = [];
        input.Shade = null;
        var (result, number) = await scope.ServiceProvider.GetRequiredService<PortalIntakeService>().CreateFromPortalAsync(input, new PortalIntake(false, true, []));

        Assert.Null(number);
        Assert.StartsWith("Teeth", result.For(RxCompleteness.TeethField), StringComparison.Ordinal);
        Assert.StartsWith("Shade", result.For(RxCompleteness.ShadeField), StringComparison.Ordinal);
        Assert.StartsWith("Scan or impression", result.For(RxCompleteness.ScanField), StringComparison.Ordinal);
        await using var db = app.Db();
        Assert.False(await db.Cases.AnyAsync(c => c.PatientCode == input.PatientCode));
    }

    [Fact]
    public async Task A_requested_due_date_before_the_earliest_is_refused_and_a_later_one_is_kept()
    {
        var app = await AppAsync();
        await using var scope = await app.ScopeAsAsync("dentist@dentallab.test");
        var cases = scope.ServiceProvider.GetRequiredService<PortalIntakeService>();
        var earliest = (await cases.EarliestDueDateForPortalAsync(ProcedureType.Crown, UrgencyLevel.Standard))!.Value;

        var early = RxTestData.Crown();
        early.DueDateOverride = earliest.AddDays(-1);
        var (refused, none) = await cases.CreateFromPortalAsync(early, new PortalIntake(true, false, []));
        Assert.Null(none);
        Assert.Equal($"The earliest the lab can do is {earliest:yyyy-MM-dd}: choose that date or a later one.", refused.For(nameof(CaseInput.DueDateOverride)));

        var later = RxTestData.Crown();
        later.DueDateOverride = earliest.AddDays(7);
        var (ok, number) = await cases.CreateFromPortalAsync(later, new PortalIntake(true, false, []));
        Assert.True(ok.Succeeded);
        await using var db = app.Db();
        var saved = await db.Cases.SingleAsync(c => c.CaseNumber == number);
        Assert.Equal(earliest.AddDays(7), saved.DueDate);
        Assert.Equal(PortalIntakeService.RequestedByDentist, saved.DueDateOverrideReason);
        Assert.Contains("Impression sent by courier.", saved.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dentists_cannot_log_cases_the_staff_way_and_staff_cannot_use_portal_intake()
    {
        var app = await AppAsync();
        var other = await CaseTestData.DentistOfAsync(app, "dentist2@dentallab.test");
        await using (var dentist = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => dentist.ServiceProvider.GetRequiredService<CaseService>().CreateAsync(CaseTestData.Crown(other)));
        }

        await using var staff = await app.ScopeAsAsync(CaseTestData.Staff);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            staff.ServiceProvider.GetRequiredService<PortalIntakeService>().CreateFromPortalAsync(RxTestData.Crown(), new PortalIntake(true, false, [])));
    }
}
