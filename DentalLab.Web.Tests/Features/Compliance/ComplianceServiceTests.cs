using System.Security.Cryptography;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Compliance;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static DentalLab.Web.Tests.Features.Compliance.ComplianceTestData;

namespace DentalLab.Web.Tests.Features.Compliance;

/// <summary>QC checklists, the statement of conformity and its versions against real PostgreSQL, PDFs read back with PdfPig.</summary>
[Collection(LabCollection.Name)]
public sealed class ComplianceServiceTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("compliance-service");

    [Fact]
    public async Task A_pass_with_an_unticked_item_is_refused_and_a_fail_keeps_that_attempts_checklist()
    {
        var app = await AppAsync();
        var (number, id, _, _, _) = await AtQcAsync(app);
        var items = await ChecklistAsync(app);
        Assert.True(items.Count >= 5);

        var refused = await PassAsync(app, number, new QcPassInput([.. items.Skip(1).Select(i => i.Id)]));
        Assert.False(refused.Succeeded);
        Assert.Contains(items[0].Text, refused.For("items"));
        Assert.Equal(CaseStatus.Qc, (await Workflow.WorkflowTestCases.CaseAsync(app, id)).Status);

        // The board's old path (complete the stage) does not pass QC either.
        var completed = await AsAsync(app, Tech, sp => sp.GetRequiredService<WorkflowService>().CompleteStageAsync(number));
        Assert.Contains("checklist", completed.For(""));

        var passed = items.Where(i => i.Position != 2 && i.Position != 4).Select(i => i.Id).ToList();
        var failed = await AsAsync(app, Tech, sp => sp.GetRequiredService<WorkflowService>()
            .QcFailAsync(number, WorkflowStageName.Milling, "Open margin on 12", null, passed));
        Assert.True(failed.Succeeded, failed.For(""));

        var attempts = await AsAsync(app, Manager, sp => sp.GetRequiredService<QcChecklistService>().AttemptsAsync(number));
        var attempt = Assert.Single(attempts);
        Assert.False(attempt.Passed);
        Assert.Equal(1, attempt.Attempt);
        Assert.Equal(WorkflowStageName.Milling, attempt.ReturnedTo);
        Assert.Equal([items[1].Text, items[3].Text], attempt.Items.Where(i => !i.Passed).Select(i => i.Text));
        Assert.Equal(items.Count, attempt.Items.Count);

        // Editing the checklist later does not change what that attempt recorded.
        var edited = await AsAsync(app, Manager, sp => sp.GetRequiredService<QcChecklistService>()
            .SaveAsync(ProcedureType.Other, "Matches the prescription\nFit on model\nSurface finish\nLabel on the box"));
        Assert.True(edited.Succeeded, edited.For("items"));
        Assert.Equal(items.Count, (await AsAsync(app, Manager, sp => sp.GetRequiredService<QcChecklistService>().AttemptsAsync(number)))[0].Items.Count);
        Assert.Equal(4, (await ChecklistAsync(app, ProcedureType.Other)).Count);
    }

    [Fact]
    public async Task Passing_issues_a_statement_whose_pdf_has_every_element_and_whose_sha256_matches_the_file()
    {
        var app = await AppAsync();
        await SetSettingAsync(app, SettingKeys.ManufacturerRegistration, "\"DE-MF-000012345\"");
        await SetSettingAsync(app, SettingKeys.AuthorisedRepresentative, "\"EU Rep GmbH, Berlin\"");
        await SetSettingAsync(app, SettingKeys.PersonResponsible, "\"Dr. Jana Regul\"");
        var (number, id, lot, item, supplier) = await AtQcAsync(app);

        var result = await PassAllAsync(app, number, notMet: "Annex I 10.4.1: trace nickel in the framework alloy, below the limit");
        Assert.True(result.Succeeded, result.For(""));

        await using var db = app.Db();
        var statement = await db.ConformityStatements.AsNoTracking().SingleAsync(s => s.CaseId == id);
        Assert.Equal(1, statement.Version);
        var c = await db.Cases.AsNoTracking().Include(x => x.Dentist).SingleAsync(x => x.Id == id);
        var store = app.Services.GetRequiredService<FileStore>();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(store.Root, statement.StoredName));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), statement.Sha256);

        var text = PdfText(bytes);
        string[] expected =
        [
            "Statement for a custom-made device", "Annex XIII", "DentalLab Demo Laboratory Ltd", "12 Harbour Street", "DE-MF-000012345", "EU Rep GmbH, Berlin",
            number, "Crown", "11, 12", "A2", "Zirconia HT", c.PatientCode!, c.Dentist!.DentistName, c.Dentist.PracticeName, c.Instructions!,
            item, supplier, lot, "general safety and performance requirements", "trace nickel in the framework alloy",
            "does not contain or incorporate a medicinal substance", DateTime.UtcNow.ToString("yyyy-MM-dd"), "Dr. Jana Regul",
        ];
        foreach (var element in expected)
        {
            Assert.True(text.Contains(Squash(element), StringComparison.Ordinal), $"missing \"{element}\" in {text}");
        }

        // The statement as data says the same.
        var content = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().ContentAsync(number, 1));
        Assert.Equal(lot, Assert.Single(content!.Materials).Lot);
        Assert.Equal("DE-MF-000012345", content.RegistrationNumber);
    }

    [Fact]
    public async Task A_statement_is_never_changed_and_a_correction_makes_version_2_and_keeps_version_1()
    {
        var app = await AppAsync();
        var (number, id, _, _, _) = await AtQcAsync(app);
        Assert.True((await PassAllAsync(app, number)).Succeeded);

        await using (var db = app.Db())
        {
            var ex = await Assert.ThrowsAsync<PostgresException>(() =>
                db.Database.ExecuteSqlAsync($"UPDATE conformity_statements SET content = '{{}}'::jsonb WHERE case_id = {id}"));
            Assert.Contains("never changed", ex.MessageText);
        }

        var noReason = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().CorrectAsync(number, " "));
        Assert.False(noReason.Succeeded);
        await using (var db = app.Db())
        {
            await db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Shade, "A3"));
        }

        var corrected = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().CorrectAsync(number, "Shade was A3, not A2"));
        Assert.True(corrected.Succeeded, corrected.For(""));

        var versions = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().ListAsync(number));
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal("Shade was A3, not A2", versions[0].CorrectionReason);
        Assert.NotEqual(versions[0].Sha256, versions[1].Sha256);
        var v1 = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().ContentAsync(number, 1));
        var v2 = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().ContentAsync(number, 2));
        Assert.Equal(("A2", "A3"), (v1!.Shade, v2!.Shade));

        var pdf = await AsAsync(app, Manager, async sp =>
        {
            var opened = await sp.GetRequiredService<StatementService>().OpenAsync(number, 1);
            using var copy = new MemoryStream();
            await using (opened!.Content)
            {
                await opened.Content.CopyToAsync(copy);
            }

            return copy.ToArray();
        });
        Assert.Equal(versions[1].Sha256, Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }

    [Fact]
    public async Task A_statement_whose_row_could_not_be_saved_leaves_no_pdf_in_the_file_store()
    {
        var app = await AppAsync();
        var (number, _, _, _, _) = await AtQcAsync(app);
        Assert.True((await PassAllAsync(app, number)).Succeeded);
        var root = app.Services.GetRequiredService<FileStore>().Root;
        var before = Directory.GetFiles(root).Length;

        // The database refuses the statement row (a correction with this reason) after the PDF has been written.
        const string Refused = "Refused by the test trigger";
        await using (var db = app.Db())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE FUNCTION test_refuse_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$");
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER test_refuse_statement BEFORE INSERT ON conformity_statements FOR EACH ROW WHEN (NEW.correction_reason = 'Refused by the test trigger') EXECUTE FUNCTION test_refuse_statement()");
        }

        try
        {
            var corrected = await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().CorrectAsync(number, Refused));
            Assert.False(corrected.Succeeded);
        }
        finally
        {
            await using var db = app.Db();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER test_refuse_statement ON conformity_statements; DROP FUNCTION test_refuse_statement()");
        }

        Assert.Equal(before, Directory.GetFiles(root).Length);
        Assert.Equal([1], (await AsAsync(app, Manager, sp => sp.GetRequiredService<StatementService>().ListAsync(number))).Select(v => v.Version));
    }

    [Fact]
    public async Task Dentist_B_gets_not_found_for_dentist_As_statement()
    {
        var app = await AppAsync();
        var (number, _, _, _, _) = await AtQcAsync(app);
        Assert.True((await PassAllAsync(app, number)).Succeeded);

        var own = await AsAsync(app, Dentist, sp => sp.GetRequiredService<StatementService>().ListAsync(number));
        Assert.Single(own);
        Assert.Empty(await AsAsync(app, OtherDentist, sp => sp.GetRequiredService<StatementService>().ListAsync(number)));
        Assert.Null(await AsAsync(app, OtherDentist, sp => sp.GetRequiredService<StatementService>().OpenAsync(number, 1)));

        using var http = new LabHttp(app);
        await http.SignInAsync(OtherDentist, DemoDataGenerator.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync($"/cases/{number}/statements/1.pdf")).StatusCode);
        using var mine = new LabHttp(app);
        await mine.SignInAsync(Dentist, DemoDataGenerator.DemoPassword);
        var response = await mine.GetAsync($"/cases/{number}/statements/1.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Squash(number), PdfText(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Without_the_manufacturer_setting_qc_pass_refuses_and_names_the_setting()
    {
        var app = await AppAsync();
        var (number, id, _, _, _) = await AtQcAsync(app);
        await SetSettingAsync(app, SettingKeys.ManufacturerLegalName, "\"\"");
        try
        {
            var result = await PassAllAsync(app, number);
            Assert.False(result.Succeeded);
            Assert.Contains(SettingKeys.ManufacturerLegalName, result.For(""));
            Assert.Contains("Manufacturer's legal name", result.For(""));
            Assert.Equal(CaseStatus.Qc, (await Workflow.WorkflowTestCases.CaseAsync(app, id)).Status);
            await using var db = app.Db();
            Assert.False(await db.ConformityStatements.AnyAsync(s => s.CaseId == id));
        }
        finally
        {
            await SetSettingAsync(app, SettingKeys.ManufacturerLegalName, "\"DentalLab Demo Laboratory Ltd\"");
        }
    }

    [Fact]
    public async Task The_delivery_note_names_the_case_and_carries_its_statement()
    {
        var app = await AppAsync();
        var (number, _, lot, _, _) = await AtQcAsync(app);
        Assert.True((await PassAllAsync(app, number)).Succeeded);
        using var http = new LabHttp(app);
        await http.SignInAsync(Manager, DemoDataGenerator.DemoPassword);
        var response = await http.GetAsync($"/cases/{number}/delivery-note.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(Squash("Delivery note"), text);
        Assert.Contains(Squash("version 1, enclosed"), text);
        Assert.Contains(Squash("Statement for a custom-made device"), text);
        Assert.Contains(lot, text);
    }
    [Fact]
    public async Task A_shipments_delivery_note_lists_every_case_of_its_stop_with_its_qr_code_and_appends_their_statements()
    {
        var app = await AppAsync();
        var (first, _, firstLot, _, _) = await AtQcAsync(app);
        var (second, _, secondLot, _, _) = await AtQcAsync(app);
        Assert.True((await PassAllAsync(app, first)).Succeeded);
        Assert.True((await PassAllAsync(app, second)).Succeeded);
        // Both cases go to the same practice: one stop on the route, two delivery shipments.
        var firstShipment = await Logistics.LogisticsTestData.DeliveryAsync(app, first);
        var secondShipment = await Logistics.LogisticsTestData.DeliveryAsync(app, second);
        await Logistics.LogisticsTestData.RouteAsync(app, Logistics.LogisticsTestData.Driver, firstShipment, secondShipment);

        using var http = new LabHttp(app);
        await http.SignInAsync(Logistics.LogisticsTestData.Planner, DemoDataGenerator.DemoPassword);
        var response = await http.GetAsync($"/logistics/shipments/{secondShipment}/delivery-note.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            var note = Squash(pdf.GetPage(1).Text);
            Assert.Contains(Squash("Delivery note"), note);
            Assert.Contains(Squash("2 cases"), note);
            Assert.Contains(first, note);
            Assert.Contains(second, note);
            Assert.Equal(2, CountOf(note, Squash("version 1, enclosed")));
            // The two statements follow, whole (each as many pages as on its own), each naming its own case and lot.
            var single = PdfText(await (await http.GetAsync($"/cases/{first}/statements/1.pdf")).Content.ReadAsByteArrayAsync());
            var rest = string.Concat(pdf.GetPages().Skip(1).Select(p => Squash(p.Text)));
            var title = Squash("Statement for a custom-made device");
            Assert.True(CountOf(single, title) > 0);
            Assert.Equal(2 * CountOf(single, title), CountOf(rest, title));
            Assert.Contains(firstLot, rest);
            Assert.Contains(secondLot, rest);
        }

        // The QR codes, rendered and decoded as a camera would: one per case, each the case's number.
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), (await QrCodes.InPdfAsync(bytes)).Order(StringComparer.Ordinal));

        // The same note from the other shipment of the stop; a dentist (no logistics.view) gets nothing.
        var other = await http.GetAsync($"/logistics/shipments/{firstShipment}/delivery-note.pdf");
        Assert.Equal(System.Net.HttpStatusCode.OK, other.StatusCode);
        using var dentist = new LabHttp(app);
        await dentist.SignInAsync(Dentist, DemoDataGenerator.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await dentist.GetAsync($"/logistics/shipments/{firstShipment}/delivery-note.pdf")).StatusCode);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
