using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Finding 4: only user input keeps a session alive; live updates arriving on an open page do not.</summary>
[Collection(LabCollection.Name)]
public sealed class IdleTimeoutBrowserTests(LabServerFixture server)
{
    // A 20-second idle timeout, re-checked every second, so the test waits seconds rather than half an hour.
    private static readonly Dictionary<string, string?> ShortIdle = new()
    {
        ["Auth:IdleTimeoutSeconds"] = "20",
        ["Auth:RevalidationSeconds"] = "1",
    };

    [Fact]
    public async Task A_board_left_open_past_the_idle_timeout_goes_to_sign_in_while_another_user_moves_cards()
    {
        var app = await server.SharedAppAsync("security-idle", settings: ShortIdle);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        var signedInAt = DateTime.UtcNow;

        string[] busy;
        await using (var db = app.Db())
        {
            busy = await db.Set<WorkflowStage>().Where(s => s.Status == WorkflowStatus.InProgress && s.Case!.Status != CaseStatus.OnHold)
                .OrderBy(s => s.Case!.CaseNumber).Select(s => s.Case!.CaseNumber).Take(3).ToArrayAsync();
        }

        Assert.NotEmpty(busy);
        var renders = 0;
        // The manager keeps holding and resuming cards: each change is pushed to the open board, which re-renders.
        var round = 0;
        while (!Regex.IsMatch(page.Url, "/account/login"))
        {
            Assert.True(DateTime.UtcNow - signedInAt < TimeSpan.FromSeconds(120), $"The idle board was still open after {renders} live updates.");
            var number = busy[round++ % busy.Length];
            var held = await AsManagerAsync(app, w => w.HoldAsync(number, "Waiting for the dentist"));
            if (held.Succeeded)
            {
                await Assertions.Expect(page.Locator($"[data-case='{number}']").First).ToContainTextAsync("hold", new() { IgnoreCase = true, Timeout = 3000 }).ContinueWith(_ => renders++);
                await AsManagerAsync(app, w => w.ResumeAsync(number));
            }
        }

        Assert.True(renders >= 2, $"only {renders} live updates reached the board before it timed out");
        await using var check = app.Db();
        Assert.Equal("expired", await check.Sessions.Where(s => s.User!.NormalizedEmail == "TECH@DENTALLAB.TEST" && s.RevokedAt != null)
            .OrderByDescending(s => s.RevokedAt).Select(s => s.RevokedReason).FirstAsync());
    }

    // A scope per call: this app re-checks sessions every second, and a test scope has no session to keep.
    private static async Task<ChangeResult> AsManagerAsync(LabApp app, Func<WorkflowService, Task<ChangeResult>> change)
    {
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        return await change(manager.ServiceProvider.GetRequiredService<WorkflowService>());
    }
}
