using DentalLab.Data.Entities;
using DentalLab.Web.Features.Compliance;
using DentalLab.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static DentalLab.Web.Tests.Features.Compliance.ComplianceTestData;

namespace DentalLab.Web.Tests.Features.Compliance;

/// <summary>Retention (EU MDR Annex XIII section 4): 10 years after delivery, 15 for implants; nothing purged early.</summary>
[Collection(LabCollection.Name)]
public sealed class RetentionTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("compliance-retention");

    private static async Task<(string Number, Guid Id)> DeliveredAsync(LabApp app, ProcedureType procedure, DateTimeOffset deliveredAt)
    {
        var (number, id, _, _, _) = await AtQcAsync(app, procedure);
        var items = await ChecklistAsync(app, procedure);
        Assert.True((await PassAsync(app, number, new QcPassInput([.. items.Select(i => i.Id)]))).Succeeded);
        await using var db = app.Db();
        await db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.DeliveredAt, deliveredAt).SetProperty(c => c.Status, CaseStatus.Delivered).SetProperty(c => c.CurrentStage, (WorkflowStageName?)null));
        return (number, id);
    }

    [Fact]
    public async Task An_implant_case_delivered_11_years_ago_is_kept_a_crown_case_may_be_purged_and_nothing_goes_early()
    {
        var app = await AppAsync();
        var elevenYearsAgo = DateTimeOffset.UtcNow.AddYears(-11);
        var implant = await DeliveredAsync(app, ProcedureType.Implant, elevenYearsAgo);
        var crown = await DeliveredAsync(app, ProcedureType.Crown, elevenYearsAgo);
        var recent = await DeliveredAsync(app, ProcedureType.Crown, DateTimeOffset.UtcNow.AddYears(-9));

        await using (var db = app.Db())
        {
            var keep = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == implant.Id || c.Id == crown.Id)
                .ToDictionaryAsync(c => c.Id, c => c.KeepUntil);
            Assert.Equal(DateOnly.FromDateTime(elevenYearsAgo.UtcDateTime).AddYears(15), keep[implant.Id]);
            Assert.Equal(DateOnly.FromDateTime(elevenYearsAgo.UtcDateTime).AddYears(10), keep[crown.Id]);
            // The statement carries the case's date.
            Assert.Equal(keep[implant.Id], await db.ConformityStatements.Where(s => s.CaseId == implant.Id).Select(s => s.KeepUntil).SingleAsync());

            // The database refuses to remove a case inside its retention period, whoever asks.
            var ex = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM cases WHERE id = {implant.Id}"));
            Assert.Contains("retention period", ex.MessageText);
        }

        var statementFile = await StoredNameAsync(app, crown.Id);
        var store = app.Services.GetRequiredService<FileStore>();
        Assert.True(File.Exists(Path.Combine(store.Root, statementFile)));

        var job = ActivatorUtilities.CreateInstance<RetentionPurgeJob>(app.Services);
        var removed = await job.PurgeAsync(DateOnly.FromDateTime(DateTime.UtcNow));

        Assert.Contains(crown.Number, removed);
        Assert.DoesNotContain(implant.Number, removed);
        Assert.DoesNotContain(recent.Number, removed);
        await using (var db = app.Db())
        {
            Assert.False(await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == crown.Id));
            Assert.False(await db.ConformityStatements.AnyAsync(s => s.CaseId == crown.Id));
            Assert.True(await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == implant.Id));
            Assert.True(await db.ConformityStatements.AnyAsync(s => s.CaseId == recent.Id));
        }

        Assert.False(File.Exists(Path.Combine(store.Root, statementFile)));
        Assert.NotNull(await app.WaitForLogAsync("Retention purge removed case " + crown.Number));
    }

    [Fact]
    public async Task The_purge_job_does_nothing_while_its_setting_is_off_and_soft_delete_keeps_the_statement()
    {
        var app = await AppAsync();
        var old = await DeliveredAsync(app, ProcedureType.Crown, DateTimeOffset.UtcNow.AddYears(-12));
        var job = ActivatorUtilities.CreateInstance<RetentionPurgeJob>(app.Services);
        await job.RunAsync(CancellationToken.None);
        await using var db = app.Db();
        Assert.True(await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == old.Id));

        // Soft delete hides the case; its statement and file stay.
        var recent = await DeliveredAsync(app, ProcedureType.Crown, DateTimeOffset.UtcNow.AddDays(-3));
        await db.Cases.Where(c => c.Id == recent.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.DeletedAt, DateTimeOffset.UtcNow));
        Assert.False(await db.Cases.AnyAsync(c => c.Id == recent.Id));
        var stored = await StoredNameAsync(app, recent.Id);
        Assert.True(File.Exists(Path.Combine(app.Services.GetRequiredService<FileStore>().Root, stored)));
        Assert.Empty(await job.PurgeAsync(DateOnly.FromDateTime(DateTime.UtcNow)) is var r && r.Contains(recent.Number) ? [recent.Number] : Array.Empty<string>());
    }

    private static async Task<string> StoredNameAsync(LabApp app, Guid caseId)
    {
        await using var db = app.Db();
        return await db.ConformityStatements.Where(s => s.CaseId == caseId).Select(s => s.StoredName).SingleAsync();
    }
}
