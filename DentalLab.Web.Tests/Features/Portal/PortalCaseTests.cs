using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>A dentist sees their own case in plain words, live; another dentist's case is "not found" everywhere.</summary>
[Collection(LabCollection.Name)]
public sealed class PortalCaseTests(LabServerFixture server)
{
    [Fact]
    public async Task Dentist_B_gets_not_found_for_dentist_As_case_from_the_service_and_the_address()
    {
        var app = await server.SharedAppAsync("portal-cases");
        var (caseNumber, _) = await OpenCaseOfAsync(app, "DENTIST@DENTALLAB.TEST");

        await using (var owner = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            var view = await owner.ServiceProvider.GetRequiredService<PortalService>().CaseAsync(caseNumber);
            Assert.NotNull(view);
            Assert.NotEmpty(view.Stages);
        }

        await using (var other = await app.ScopeAsAsync("dentist2@dentallab.test"))
        {
            Assert.Null(await other.ServiceProvider.GetRequiredService<PortalService>().CaseAsync(caseNumber));
            var home = await other.ServiceProvider.GetRequiredService<PortalService>().HomeAsync();
            Assert.DoesNotContain(home.OpenCases, c => c.CaseNumber == caseNumber);
        }

        using var http = new LabHttp(app);
        await http.SignInAsync("dentist2@dentallab.test", DentalLab.Data.Seed.DemoDataGenerator.DemoPassword);
        var page = WebUtility.HtmlDecode(await (await http.GetAsync($"/portal/cases/{caseNumber}")).Content.ReadAsStringAsync());
        Assert.Contains("Not found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected ship date", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_case_page_updates_without_reload_when_the_lab_moves_the_case()
    {
        var app = await server.SharedAppAsync("portal-cases");
        var (caseNumber, caseId) = await OpenCaseOfAsync(app, "DENTIST@DENTALLAB.TEST");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("dentist@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/portal");
        await page.GotoAsync($"/portal/cases/{caseNumber}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("where-it-is")).ToContainTextAsync("In ");

        await using (var db = app.Db())
        {
            // What the lab's workflow does when it puts a case on hold, then the live event it publishes.
            await db.Set<Case>().Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.Status, CaseStatus.OnHold)
                .SetProperty(c => c.HoldReason, "waiting for a new impression"));
        }

        await app.Services.GetRequiredService<LiveEventBus>().PublishAsync(new LiveEvent(LiveEvent.ForCase(caseNumber), "case.updated", caseNumber));
        await Assertions.Expect(page.GetByTestId("where-it-is")).ToHaveTextAsync("On hold: waiting for a new impression");
    }

    [Fact]
    public async Task The_dentist_sees_the_stages_in_order_and_only_the_notes_and_files_the_lab_shared()
    {
        var app = await server.SharedAppAsync("portal-cases");
        var (caseNumber, caseId) = await OpenCaseOfAsync(app, "DENTIST@DENTALLAB.TEST");
        string techName;
        await using (var db = app.Db())
        {
            var tech = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => new { u.Id, u.FullName }).SingleAsync();
            var now = DateTimeOffset.UtcNow;
            db.AddRange(
                new CaseNote { CaseId = caseId, AuthorId = tech.Id, Body = "Shade checked against the photo", VisibleToDentist = true, CreatedAt = now.AddMinutes(-20) },
                new CaseNote { CaseId = caseId, AuthorId = tech.Id, Body = "Internal: remill if the margin chips", CreatedAt = now.AddMinutes(-10) },
                new CaseFile { CaseId = caseId, OriginalFileName = "design.png", StoredName = Guid.NewGuid().ToString("N"), ContentType = "image/png", Kind = CaseFile.KindPhoto, SizeBytes = 2048, Sha256 = new string('a', 64), UploadedById = tech.Id, VisibleToDentist = true },
                new CaseFile { CaseId = caseId, OriginalFileName = "internal-qc.pdf", StoredName = Guid.NewGuid().ToString("N"), ContentType = "application/pdf", Kind = CaseFile.KindDocument, SizeBytes = 4096, Sha256 = new string('b', 64), UploadedById = tech.Id });
            await db.SaveChangesAsync();
            techName = tech.FullName;
        }

        await using var owner = await app.ScopeAsAsync("dentist@dentallab.test");
        var view = await owner.ServiceProvider.GetRequiredService<PortalService>().CaseAsync(caseNumber);
        Assert.NotNull(view);
        Assert.Equal([WorkflowStageName.Receiving, WorkflowStageName.Design, WorkflowStageName.Delivery], view.Stages.Select(s => s.Stage));
        Assert.Equal([WorkflowStatus.Completed, WorkflowStatus.InProgress, WorkflowStatus.Pending], view.Stages.Select(s => s.Status));
        var note = Assert.Single(view.Notes);
        Assert.Equal("Shade checked against the photo", note.Body);
        Assert.Equal(techName, note.Author);
        var file = Assert.Single(view.Files);
        Assert.Equal(("design.png", false), (file.Name, file.FromMe));
    }

    /// <summary>A fresh case of the dentist, in design since an hour ago (its own, so tests do not depend on the demo's mix).</summary>
    private static async Task<(string CaseNumber, Guid Id)> OpenCaseOfAsync(LabApp app, string normalizedEmail)
    {
        await using var db = app.Db();
        var dentistId = await db.Set<DentistProfile>().Where(d => d.User!.NormalizedEmail == normalizedEmail).Select(d => d.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var c = new Case
        {
            DentistId = dentistId, PatientCode = "P-" + Guid.NewGuid().ToString("N")[..6], ProcedureType = ProcedureType.Crown, Teeth = [21],
            Shade = "A2", Units = 1, Urgency = UrgencyLevel.Standard, Priority = PriorityLevel.Medium, Status = CaseStatus.Designing,
            CurrentStage = WorkflowStageName.Design, ReceivedAt = now.AddDays(-1), DueDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(5),
        };
        c.Stages.Add(new WorkflowStage { Stage = WorkflowStageName.Receiving, Position = 1, Status = WorkflowStatus.Completed, StartedAt = now.AddDays(-1), CompletedAt = now.AddHours(-3) });
        c.Stages.Add(new WorkflowStage { Stage = WorkflowStageName.Design, Position = 2, Status = WorkflowStatus.InProgress, StartedAt = now.AddHours(-1) });
        c.Stages.Add(new WorkflowStage { Stage = WorkflowStageName.Delivery, Position = 3, Status = WorkflowStatus.Pending });
        db.Add(c);
        await db.SaveChangesAsync();
        var number = await db.Set<Case>().Where(x => x.Id == c.Id).Select(x => x.CaseNumber).SingleAsync();
        return (number, c.Id);
    }
}
