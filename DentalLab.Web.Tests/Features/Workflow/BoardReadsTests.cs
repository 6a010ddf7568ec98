using System.Diagnostics;
using DentalLab.Web.Features.Workflow;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>Open boards share a board read started after the change they answer, and never one started before it.</summary>
[Collection(LabCollection.Name)]
public sealed class BoardReadsTests(LabServerFixture server)
{
    private static BoardData Empty() => new([], DateOnly.MinValue, DateTimeOffset.MinValue);

    [Fact]
    public async Task A_board_joins_a_running_read_only_when_it_started_after_the_change()
    {
        var reads = new BoardReads();
        var release = new TaskCompletionSource<BoardData>(TaskCreationOptions.RunContinuationsAsynchronously);
        var before = Stopwatch.GetTimestamp();
        var first = reads.ReadAsync("all", before, () => release.Task);

        // A change the running read had seen: the second board shares it.
        var joined = reads.ReadAsync("all", before, () => Task.FromResult(Empty()));
        // A change after the read began: it may not have seen it, so a read of its own.
        var later = reads.ReadAsync("all", Stopwatch.GetTimestamp() + 1, () => Task.FromResult(Empty()));
        // Another filter never shares.
        var mine = reads.ReadAsync("mine", before, () => Task.FromResult(Empty()));

        var data = Empty();
        release.SetResult(data);
        Assert.Same(data, await first);
        Assert.Same(data, await joined);
        Assert.NotSame(data, await later);
        Assert.NotSame(data, await mine);
        Assert.Equal((3, 1), reads.Counts);

        // A finished read is not kept: the next change reads again.
        var again = await reads.ReadAsync("all", before, () => Task.FromResult(Empty()));
        Assert.NotSame(data, again);
    }

    [Fact]
    public async Task Two_open_boards_told_of_a_move_show_it_from_one_read()
    {
        var app = await server.SharedAppAsync("board-reads");
        var (number, id) = await WorkflowTestCases.CreateAsync(app, Design);
        var design = (await WorkflowTestCases.StagesAsync(app, id)).Single(s => s.Stage == Design);
        await using var tech = await app.ScopeAsAsync("tech@dentallab.test");
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var reads = tech.ServiceProvider.GetRequiredService<BoardReads>();
        var limits = Enum.GetValues<DentalLab.Data.Entities.WorkflowStageName>().ToDictionary(s => s, _ => 1000);
        // Both boards are open (their users' permissions loaded) before the move.
        await tech.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter(), limits);
        await manager.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter(), limits);

        Assert.True((await tech.ServiceProvider.GetRequiredService<WorkflowService>().CompleteStageAsync(number, design.Id)).Succeeded);
        var changedAt = Stopwatch.GetTimestamp();
        var (started, joined) = reads.Counts;
        var boards = await Task.WhenAll(
            tech.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter(), limits, changedAt),
            manager.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter(), limits, changedAt));

        foreach (var board in boards)
        {
            var card = Assert.Single(board.Columns.SelectMany(c => c.Cards), c => c.CaseNumber == number);
            Assert.Equal(Milling, card.Stage);
        }

        Assert.Equal((started + 1, joined + 1), reads.Counts);
    }
}
