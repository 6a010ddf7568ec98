using DentalLab.Data.Entities;
using DentalLab.Web.Features.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>
/// Each column of the board holds its own stage's first cases by due date (then rush first, then case number), as many
/// as that column shows: all columns are read in one query per column length, so a column's "show more" must not change
/// what another column holds.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class BoardColumnsTests(LabServerFixture server)
{
    [Fact]
    public async Task Every_column_shows_its_own_first_cases_in_due_order_with_its_own_length()
    {
        var app = await server.SharedAppAsync("board-columns");
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        // Design gets four more cases (two due the same day, the rush one first), milling two more.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (standard, _) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design, due: today.AddDays(-400));
        var (rush, _) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design, due: today.AddDays(-400), urgency: UrgencyLevel.Rush);
        await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design, due: today.AddDays(-401));
        await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Design, due: today.AddDays(40));
        await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Milling, due: today.AddDays(-30));
        await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Milling, due: today.AddDays(40));
        var limits = Enum.GetValues<WorkflowStageName>().ToDictionary(s => s, _ => BoardService.PageSize);
        limits[WorkflowStageName.Design] = 3;
        limits[WorkflowStageName.Milling] = 2;

        var board = await scope.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter(), limits);

        Assert.Equal(Enum.GetValues<WorkflowStageName>(), board.Columns.Select(c => c.Stage));
        await using var db = app.Db();
        foreach (var column in board.Columns)
        {
            var expected = await FirstCasesAsync(db.Cases.Where(Case.InLab).Where(c => c.CurrentStage == column.Stage), limits[column.Stage]);
            Assert.Equal(expected, column.Cards.Select(c => c.CaseNumber));
            Assert.All(column.Cards, card => Assert.Equal(column.Stage, card.Stage));
            Assert.Equal(await db.Cases.Where(Case.InLab).CountAsync(c => c.CurrentStage == column.Stage), column.Total);
        }

        var design = board.Columns.Single(c => c.Stage == WorkflowStageName.Design);
        Assert.Equal(3, design.Cards.Count);
        Assert.True(design.Total > 3);
        Assert.Equal([rush, standard], design.Cards.Skip(1).Select(c => c.CaseNumber));
        Assert.Equal(2, board.Columns.Single(c => c.Stage == WorkflowStageName.Milling).Cards.Count);
        Assert.Contains(board.Columns, c => c.Stage is not WorkflowStageName.Design and not WorkflowStageName.Milling && c.Cards.Count > 0);
    }

    [Fact]
    public async Task A_board_filtered_to_one_dentist_shows_only_that_practices_cases_in_each_column()
    {
        var app = await server.SharedAppAsync("board-columns");
        await using var db = app.Db();
        var busiest = await db.Cases.Where(Case.InLab).Where(c => c.CurrentStage != null)
            .GroupBy(c => c.DentistId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var practice = await db.DentistProfiles.Where(d => d.Id == busiest).Select(d => d.PracticeName).SingleAsync();
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");

        var board = await scope.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter(DentistId: busiest));

        Assert.True(board.Columns.Sum(c => c.Cards.Count) > 1, "the busiest practice has cases on the board");
        foreach (var column in board.Columns)
        {
            var mine = db.Cases.Where(Case.InLab).Where(c => c.CurrentStage == column.Stage && c.DentistId == busiest);
            Assert.Equal(await FirstCasesAsync(mine, BoardService.PageSize), column.Cards.Select(c => c.CaseNumber));
            Assert.All(column.Cards, card => Assert.Equal(practice, card.Practice));
        }
    }

    private static Task<List<string>> FirstCasesAsync(IQueryable<Case> cases, int take) =>
        cases.OrderBy(c => c.DueDate).ThenByDescending(c => c.Urgency).ThenBy(c => c.CaseNumber).Take(take).Select(c => c.CaseNumber).ToListAsync();
}
