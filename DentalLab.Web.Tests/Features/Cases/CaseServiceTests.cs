using System.Net;
using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>Intake, edits, status rules, remakes, notes and soft delete, through the service against real PostgreSQL.</summary>
[Collection(LabCollection.Name)]
public sealed partial class CaseServiceTests(LabServerFixture server)
{
    [Fact]
    public async Task A_new_case_gets_its_number_from_the_sequence_and_its_stages_from_the_template()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var input = CaseTestData.Crown(dentist);
        input.Urgency = UrgencyLevel.Rush;
        var number = await CaseTestData.CreateAsync(app, input);

        Assert.Matches(CaseNumber(), number);
        await using var db = app.Db();
        var @case = await db.Cases.Include(c => c.Stages).SingleAsync(c => c.CaseNumber == number);
        var template = await db.Set<WorkflowTemplate>().Include(t => t.Stages).SingleAsync(t => t.ProcedureType == ProcedureType.Crown);
        Assert.Equal(CaseStatus.Received, @case.Status);
        Assert.Equal(WorkflowStageName.Receiving, @case.CurrentStage);
        Assert.Equal(number[3..7], DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var stages = @case.Stages.OrderBy(s => s.Position).ToList();
        Assert.Equal(template.Stages.OrderBy(s => s.Position).Select(s => (s.Stage, s.Position, s.ExpectedHours)), stages.Select(s => (s.Stage, s.Position, s.ExpectedHours)));
        Assert.All(stages, s => Assert.Equal(1, s.Attempt));
        Assert.Equal(WorkflowStatus.InProgress, stages[0].Status);
        Assert.NotNull(stages[0].StartedAt);
        Assert.All(stages.Skip(1), s => { Assert.Equal(WorkflowStatus.Pending, s.Status); Assert.Null(s.StartedAt); });

        var settings = app.Services.GetRequiredService<LabSettings>();
        var expected = new DueDateCalculator(await settings.GetDatesAsync("cases.holidays")).DueDate(await settings.TodayAsync(), template, UrgencyLevel.Rush);
        Assert.Equal(expected, @case.DueDate);
        Assert.Null(@case.DueDateOverrideReason);
    }

    [Fact]
    public async Task Cases_created_at_the_same_time_get_distinct_numbers()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var numbers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Parallel {i}"))));
        Assert.Equal(numbers.Length, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(CaseNumber(), n));
    }

    [Fact]
    public async Task Wrong_input_is_refused_with_a_message_for_each_field_and_nothing_typed_is_lost()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var input = new CaseInput
        {
            Procedure = ProcedureType.Bridge,
            Teeth = [14, 15, 16],
            Instructions = "Keep this text",
            Shade = "Z9",
            Units = 0,
            DueDateOverride = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40),
        };
        await using var scope = await app.ScopeAsAsync(CaseTestData.Staff);
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var (result, number) = await cases.CreateAsync(input);

        Assert.Null(number);
        Assert.Equal("Choose the dentist.", result.For(nameof(CaseInput.Dentist)));
        Assert.Contains("patient's name or the practice's patient code", result.For(nameof(CaseInput.PatientName)), StringComparison.Ordinal);
        Assert.NotNull(result.For(nameof(CaseInput.BridgeSpans)));
        Assert.NotNull(result.For(nameof(CaseInput.Shade)));
        Assert.NotNull(result.For(nameof(CaseInput.Units)));
        Assert.StartsWith("Say why the due date differs", result.For(nameof(CaseInput.DueDateOverrideReason)), StringComparison.Ordinal);
        Assert.Equal("Keep this text", input.Instructions);
        Assert.Equal(new short[] { 14, 15, 16 }, input.Teeth);

        // Fixed, the same input goes through, with the hand-set due date and its reason.
        input.Dentist = dentist;
        input.PatientCode = "PT-7001";
        input.BridgeSpans = "14-16";
        input.Shade = "A3.5";
        input.Units = 3;
        input.DueDateOverrideReason = "Dentist's patient travels";
        (result, number) = await cases.CreateAsync(input);
        Assert.True(result.Succeeded);
        await using var db = app.Db();
        var saved = await db.Cases.SingleAsync(c => c.CaseNumber == number);
        Assert.Equal(input.DueDateOverride, saved.DueDate);
        Assert.Equal("Dentist's patient travels", saved.DueDateOverrideReason);
        Assert.Equal([(14, 16)], saved.BridgeRanges().Select(r => ((int)r.From, (int)r.To)));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_keeps_its_input()
    {
        var app = await server.SharedAppAsync("cases");
        var number = await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));
        await using var first = await app.ScopeAsAsync(CaseTestData.Staff);
        await using var second = await app.ScopeAsAsync("manager@dentallab.test");
        var mine = (await first.ServiceProvider.GetRequiredService<CaseQueries>().InputForAsync(number))!;
        var theirs = (await second.ServiceProvider.GetRequiredService<CaseQueries>().InputForAsync(number))!;

        mine.Shade = "B1";
        Assert.True((await first.ServiceProvider.GetRequiredService<CaseService>().UpdateAsync(number, mine)).Succeeded);
        theirs.Shade = "C3";
        theirs.Instructions = "Typed by the second editor";
        var refused = await second.ServiceProvider.GetRequiredService<CaseService>().UpdateAsync(number, theirs);

        Assert.Equal(CaseService.ConcurrencyMessage, refused.For(""));
        Assert.Equal("Typed by the second editor", theirs.Instructions);
        await using var db = app.Db();
        Assert.Equal("B1", await db.Cases.Where(c => c.CaseNumber == number).Select(c => c.Shade).SingleAsync());
    }

    [Fact]
    public async Task Hold_resume_and_cancel_follow_the_status_rules_and_a_cancelled_case_leaves_no_stage_open()
    {
        var app = await server.SharedAppAsync("cases");
        var number = await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));
        await using var scope = await app.ScopeAsAsync(CaseTestData.Staff);
        var queries = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        var workflow = scope.ServiceProvider.GetRequiredService<WorkflowService>();

        Assert.Equal("Say why the case is put on hold.", (await workflow.HoldAsync(number, " ")).For(""));
        Assert.True((await workflow.HoldAsync(number, "Waiting for a new impression")).Succeeded);
        var detail = (await queries.DetailAsync(number))!;
        Assert.Equal(CaseStatus.OnHold, detail.Header.Status);
        Assert.Equal(WorkflowStatus.OnHold, detail.Stages.Single(s => s.Stage == WorkflowStageName.Receiving).Status);

        Assert.True((await workflow.ResumeAsync(number)).Succeeded);
        detail = (await queries.DetailAsync(number))!;
        Assert.Equal(Case.StatusForStage(WorkflowStageName.Receiving), detail.Header.Status);
        Assert.Equal(WorkflowStatus.InProgress, detail.Stages.Single(s => s.Stage == WorkflowStageName.Receiving).Status);
        Assert.Null(detail.Header.HoldReason);

        Assert.True((await workflow.CancelAsync(number, "Patient moved away")).Succeeded);
        detail = (await queries.DetailAsync(number))!;
        Assert.Equal(CaseStatus.Cancelled, detail.Header.Status);
        Assert.Equal("Patient moved away", detail.Header.CancelReason);
        Assert.All(detail.Stages, s => Assert.Equal(WorkflowStatus.Skipped, s.Status));
        Assert.NotNull((await workflow.ResumeAsync(number)).For(""));
        Assert.NotNull((await workflow.CancelAsync(number, "again")).For(""));
        Assert.Contains(detail.Activity, a => a.What == "Case changed" && a.Changes.Any(c => c == "status: on hold → received"));
    }

    [Fact]
    public async Task A_technician_may_not_log_or_edit_a_case_and_a_dentist_reaches_no_case_through_the_staff_service()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        await Assert.ThrowsAsync<ForbiddenException>(() => cases.CreateAsync(CaseTestData.Crown(dentist)));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<WorkflowService>().CancelAsync("DL-2026-000001", "no"));
        await Assert.ThrowsAsync<ForbiddenException>(() => cases.DeleteAsync("DL-2026-000001"));

        var own = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist));
        await using var dentistScope = await app.ScopeAsAsync("dentist@dentallab.test");
        var asDentist = dentistScope.ServiceProvider.GetRequiredService<CaseService>();
        var asDentistReading = dentistScope.ServiceProvider.GetRequiredService<CaseQueries>();
        await Assert.ThrowsAsync<ForbiddenException>(() => asDentistReading.DetailAsync(own));
        await Assert.ThrowsAsync<ForbiddenException>(() => asDentistReading.ListAsync(new CaseListQuery()));
        await Assert.ThrowsAsync<ForbiddenException>(() => asDentistReading.TicketAsync(own));
        await Assert.ThrowsAsync<ForbiddenException>(() => asDentist.AddNoteAsync(own, "hello", true));
    }

    [Fact]
    public async Task A_remake_is_a_linked_case_with_its_own_number_and_stages()
    {
        var app = await server.SharedAppAsync("cases");
        var parent = await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));
        await using var scope = await app.ScopeAsAsync(CaseTestData.Staff);
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var queries = scope.ServiceProvider.GetRequiredService<CaseQueries>();

        var (refused, _) = await cases.RemakeAsync(parent, null, null, null, UrgencyLevel.Rush);
        Assert.NotNull(refused.For("Reason"));
        Assert.NotNull(refused.For("Payer"));

        var (result, remake) = await cases.RemakeAsync(parent, "shade", "Too light at try-in", RemakePayer.Lab, UrgencyLevel.Rush);
        Assert.True(result.Succeeded);
        Assert.NotEqual(parent, remake);
        var child = (await queries.DetailAsync(remake!))!;
        Assert.Equal(parent, child.Header.ParentCaseNumber);
        Assert.Equal("Shade: Too light at try-in", child.Header.RemakeReason);
        Assert.Equal(RemakePayer.Lab, child.Header.RemakePayer);
        Assert.Equal(CaseStatus.Received, child.Header.Status);
        Assert.Equal(WorkflowStatus.InProgress, child.Stages[0].Status);
        Assert.Contains((await queries.DetailAsync(parent))!.Remakes, r => r.CaseNumber == remake);
    }

    [Fact]
    public async Task A_deleted_case_disappears_from_the_list_and_its_address_says_not_found()
    {
        var app = await server.SharedAppAsync("cases");
        var input = CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test"), "Delete Me Ødegaard");
        var number = await CaseTestData.CreateAsync(app, input);
        using var http = new LabHttp(app);
        await http.SignInAsync("manager@dentallab.test", DemoDataGenerator.DemoPassword);
        Assert.Contains(number, await (await http.GetAsync($"/cases/{number}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var staff = await app.ScopeAsAsync(CaseTestData.Staff))
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => staff.ServiceProvider.GetRequiredService<CaseService>().DeleteAsync(number));
        }

        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var cases = manager.ServiceProvider.GetRequiredService<CaseService>();
        var queries = manager.ServiceProvider.GetRequiredService<CaseQueries>();
        Assert.True((await cases.DeleteAsync(number)).Succeeded);

        Assert.Null(await queries.DetailAsync(number));
        Assert.Equal(0, (await queries.ListAsync(new CaseListQuery { Search = number })).Total);
        var page = await http.GetAsync($"/cases/{number}");
        var body = await page.Content.ReadAsStringAsync();
        Assert.Contains("Not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete Me", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/cases/{number}/ticket.pdf")).StatusCode);
        await using var db = app.Db();
        Assert.NotNull(await db.Cases.IgnoreQueryFilters().Where(c => c.CaseNumber == number).Select(c => c.DeletedAt).SingleAsync());
    }

    [Fact]
    public async Task Notes_need_text_and_are_kept_with_author_and_visibility()
    {
        var app = await server.SharedAppAsync("cases");
        var number = await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        Assert.Equal("Write the note first.", (await cases.AddNoteAsync(number, "  ", false)).For("Body"));
        Assert.True((await cases.AddNoteAsync(number, "Margin unclear on 36", visibleToDentist: true)).Succeeded);
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var note = Assert.Single((await manager.ServiceProvider.GetRequiredService<CaseQueries>().DetailAsync(number))!.Notes);
        Assert.Equal("Margin unclear on 36", note.Body);
        Assert.True(note.VisibleToDentist);
        Assert.NotNull(note.Author);
    }

    [Fact]
    public async Task The_list_filters_sorts_and_pages_on_the_server_and_flags_late_cases()
    {
        var app = await server.SharedAppAsync("cases");
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var tag = "List" + Guid.NewGuid().ToString("N")[..6];
        var late = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Anna {tag}"));
        var delivered = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Bert {tag}"));
        var onTime = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, $"Cleo {tag}"));
        await using (var db = app.Db())
        {
            var past = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
            await db.Cases.Where(c => c.CaseNumber == late || c.CaseNumber == delivered).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, past));
            await db.Cases.Where(c => c.CaseNumber == delivered).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CaseStatus.Delivered));
        }

        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var queries = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        var all = await queries.ListAsync(new CaseListQuery { Search = tag, Sort = "patient" });
        Assert.Equal([late, delivered, onTime], all.Rows.Select(r => r.CaseNumber));
        Assert.Equal([true, false, false], all.Rows.Select(r => r.IsLate));
        // A search's first page reads its rows and their count in one query: each row still names its dentist.
        Assert.All(all.Rows, r => Assert.Equal((dentist.DentistName, dentist.PracticeName), (r.Dentist, r.Practice)));

        var lateOnly = await queries.ListAsync(new CaseListQuery { Search = tag, LateOnly = true });
        Assert.Equal(late, Assert.Single(lateOnly.Rows).CaseNumber);
        Assert.Equal(1, (await queries.ListAsync(new CaseListQuery { Search = tag, Status = CaseStatus.Delivered })).Total);
        Assert.Equal(2, (await queries.ListAsync(new CaseListQuery { Search = tag, Stage = WorkflowStageName.Receiving, Status = CaseStatus.Received })).Total);
        Assert.Equal(0, (await queries.ListAsync(new CaseListQuery { Search = tag, Procedure = ProcedureType.Veneer })).Total);
        Assert.Equal(3, (await queries.ListAsync(new CaseListQuery { Search = tag, DentistId = dentist.Id })).Total);
        Assert.Equal(1, (await queries.ListAsync(new CaseListQuery { Search = late })).Total);
        Assert.True((await queries.ListAsync(new CaseListQuery { Search = dentist.PracticeName })).Total >= 3);

        var firstPage = await queries.ListAsync(new CaseListQuery { Search = tag, Sort = "patient", Descending = true, PageSize = 2 });
        Assert.Equal([onTime, delivered], firstPage.Rows.Select(r => r.CaseNumber));
        var secondPage = await queries.ListAsync(new CaseListQuery { Search = tag, Sort = "patient", Descending = true, PageSize = 2, After = firstPage.NextCursor });
        Assert.Equal(3, secondPage.Total);
        Assert.Equal("3–3 of 3", secondPage.RangeLabel);
        Assert.Equal(late, Assert.Single(secondPage.Rows).CaseNumber);
    }

    [Fact]
    public async Task A_search_that_names_a_practice_counts_its_cases_and_the_patients_it_names_once_each()
    {
        var app = await server.SharedAppAsync("cases");
        var tag = "Prac" + Guid.NewGuid().ToString("N")[..6];
        DentistOption practice;
        await using (var db = app.Db())
        {
            var profile = new DentistProfile { PracticeName = $"{tag} Dental", DentistName = "Dr Ines Varga", LicenseNumber = "L-" + tag, LicenseRegion = "NY", Email = tag + "@lab.test" };
            db.Add(profile);
            await db.SaveChangesAsync();
            practice = new DentistOption(profile.Id, profile.DentistName, profile.PracticeName);
        }

        var other = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        // Three cases of the practice (one whose patient's name also holds the text), two of another practice whose
        // patients' names hold it, one of neither.
        var ofPractice = new[]
        {
            await CaseTestData.CreateAsync(app, CaseTestData.Crown(practice, "Olga Brandt")),
            await CaseTestData.CreateAsync(app, CaseTestData.Crown(practice, "Piet Maas")),
            await CaseTestData.CreateAsync(app, CaseTestData.Crown(practice, $"Rui {tag}")),
        };
        var named = new[]
        {
            await CaseTestData.CreateAsync(app, CaseTestData.Crown(other, $"Sara {tag}")),
            await CaseTestData.CreateAsync(app, CaseTestData.Crown(other, $"Tom {tag}")),
        };
        await CaseTestData.CreateAsync(app, CaseTestData.Crown(other, "Uma Neither"));
        await using (var db = app.Db())
        {
            await db.Cases.Where(c => c.CaseNumber == ofPractice[0] || c.CaseNumber == named[0])
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CaseStatus.Delivered));
        }

        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var queries = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        var all = await queries.ListAsync(new CaseListQuery { Search = tag, PageSize = 2 });
        Assert.Equal(5, all.Total);
        Assert.Equal("1–2 of 5", all.RangeLabel);
        var rest = await queries.ListAsync(new CaseListQuery { Search = tag, PageSize = 10 });
        Assert.Equal(ofPractice.Concat(named).Order(), rest.Rows.Select(r => r.CaseNumber).Order());
        // The list's other filters hold for both halves of the count.
        var held = await queries.ListAsync(new CaseListQuery { Search = tag, Status = CaseStatus.Delivered, PageSize = 1 });
        Assert.Equal(2, held.Total);
        Assert.Equal("1–1 of 2", held.RangeLabel);
    }

    [GeneratedRegex(@"^DL-\d{4}-\d{6,}$")]
    private static partial Regex CaseNumber();
}
