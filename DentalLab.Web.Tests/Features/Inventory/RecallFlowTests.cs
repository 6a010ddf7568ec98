using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Inventory;

/// <summary>Receive a lot, issue it to two dentists' cases, recall it: the right cases, one message per dentist naming only theirs, the lot blocked.</summary>
[Collection(LabCollection.Name)]
public sealed class RecallFlowTests(LabServerFixture server)
{
    private const string AppKey = "inventory";

    [Fact]
    public async Task The_demo_lab_has_one_recalled_lot_whose_record_counts_its_cases_and_whose_dentists_were_messaged()
    {
        var app = await server.SharedAppAsync(AppKey);
        await using var db = app.Db();
        var recall = await db.LotRecalls.AsNoTracking().Include(r => r.Lot).SingleAsync(r => r.Reason == InventoryDemo.Reason);
        Assert.NotNull(recall.Lot!.BlockedAt);
        var cases = await db.CaseMaterials.Where(m => m.LotId == recall.LotId).Select(m => m.CaseId).Distinct().CountAsync();
        Assert.True(cases >= 2, $"{cases} cases");
        Assert.Equal(cases, recall.AffectedCases);
        Assert.True(recall.DentistsInformed >= 1);
        Assert.True(await db.Messages.AnyAsync(m => m.Body.Contains(recall.Lot.LotNumber)));
    }

    [Fact]
    public async Task A_recall_lists_exactly_the_cases_that_used_the_lot_messages_each_dentist_about_their_own_and_blocks_the_lot()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: true, unit: "disc");
        var lotNumber = "RC-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(5, lotNumber));
        var lot = await InventoryTestData.LotAsync(app, item.Id, lotNumber);
        var (hers, _) = await InventoryTestData.CaseAsync(app, InventoryTestData.Dentist, WorkflowStageName.Milling);
        var (his, _) = await InventoryTestData.CaseAsync(app, InventoryTestData.Dentist2, WorkflowStageName.Design);
        // The lot defaults to the earliest-expiring one in date: the only lot here.
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(hers, 1));
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Issue(his, 0.5m, lot.Id));

        await using (var scope = await app.ScopeAsAsync(InventoryTestData.Manager))
        {
            var detail = await scope.ServiceProvider.GetRequiredService<InventoryQueries>().LotAsync(lot.Id);
            Assert.Equal(new[] { his, hers }.Order(StringComparer.Ordinal), detail!.Cases.Select(c => c.CaseNumber));
            Assert.Equal((2, 2), (detail.CaseCount, detail.DentistCount));
            // The screen loads a page; the counts stay those of the whole lot.
            var first = await scope.ServiceProvider.GetRequiredService<InventoryQueries>().LotAsync(lot.Id, take: 1);
            Assert.Equal((new[] { his, hers }.Min(StringComparer.Ordinal), 2, 2), (Assert.Single(first!.Cases).CaseNumber, first.CaseCount, first.DentistCount));
            var recalled = await scope.ServiceProvider.GetRequiredService<RecallService>().RecallAsync(lot.Id, "Manufacturer notice 2026-17: porosity");
            Assert.True(recalled.Succeeded, string.Join("; ", recalled.Errors.Values));
            Assert.Null(recalled.Warning);
            var again = await scope.ServiceProvider.GetRequiredService<RecallService>().RecallAsync(lot.Id, "twice");
            Assert.Contains("already been recalled", again.For(""), StringComparison.Ordinal);
        }

        await using (var db = app.Db())
        {
            var recall = await db.LotRecalls.AsNoTracking().Include(r => r.RecalledBy).SingleAsync(r => r.LotId == lot.Id);
            Assert.Equal("manager@dentallab.test", recall.RecalledBy!.Email);
            Assert.Equal(2, recall.AffectedCases);
            Assert.Equal(2, recall.DentistsInformed);
            Assert.NotNull((await db.MaterialLots.AsNoTracking().SingleAsync(l => l.Id == lot.Id)).BlockedAt);
            Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "lot_recalls" && a.RecordId == recall.Id.ToString()));

            var herMessage = await MessageToAsync(db, InventoryTestData.Dentist, lotNumber);
            var hisMessage = await MessageToAsync(db, InventoryTestData.Dentist2, lotNumber);
            Assert.Contains(hers, herMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(his, herMessage, StringComparison.Ordinal);
            Assert.Contains(his, hisMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(hers, hisMessage, StringComparison.Ordinal);
            Assert.Contains("porosity", hisMessage, StringComparison.Ordinal);
        }

        // The lot can no longer be issued, by default or by name.
        var (another, _) = await InventoryTestData.CaseAsync(app);
        var named = await InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Issue(another, 1, lot.Id));
        Assert.Contains("was recalled", named.For(nameof(MovementInput.LotId)), StringComparison.Ordinal);
        var defaulted = await InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Issue(another, 1));
        Assert.False(defaulted.Succeeded);
        Assert.Equal(3.5m, (await InventoryTestData.LotAsync(app, item.Id, lotNumber)).QuantityRemaining);
        await using (var db = app.Db())
        {
            Assert.Null(await StockService.ApplyLotAsync(db, lot.Id, -1, DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        }

        // The CSV and the PDF of the affected cases.
        using var http = new LabHttp(app);
        await http.SignInAsync(InventoryTestData.Manager, DemoDataGenerator.DemoPassword);
        var csv = await http.GetAsync($"/inventory/lots/{lot.Id}/recall.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Case number,Dentist,Practice,Patient code,Quantity used,Used,Delivered,Status,Stage", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(hers + ",", StringComparison.Ordinal) && l.Contains("Uśmiech", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(his + ",", StringComparison.Ordinal) && l.Contains("Müller", StringComparison.Ordinal));
        var pdf = await http.GetAsync($"/inventory/lots/{lot.Id}/recall.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(lotNumber, text, StringComparison.Ordinal);
        Assert.Contains(hers, text, StringComparison.Ordinal);
        Assert.Contains(his, text, StringComparison.Ordinal);
        Assert.Contains("porosity", text, StringComparison.Ordinal);
    }

    private static async Task<string> MessageToAsync(Data.LabDbContext db, string dentistEmail, string lotNumber)
    {
        var userId = await db.Users.Where(u => u.NormalizedEmail == dentistEmail.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
        var bodies = await db.Set<Message>().AsNoTracking()
            .Where(m => m.Body.Contains(lotNumber) && m.Conversation!.Type == ConversationType.Direct && m.Conversation.Participants.Any(p => p.UserId == userId))
            .Select(m => m.Body).ToListAsync();
        return Assert.Single(bodies);
    }
}
