using System.Diagnostics;
using DentalLab.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DentalLab.Web.Tests.Features.Messages;

/// <summary>Two people in two browsers: a message shows up live in the open conversation and in the badge.</summary>
[Collection(LabCollection.Name)]
public sealed class MessagesBrowserTests(LabServerFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task A_message_appears_live_in_the_other_persons_open_conversation_and_raises_their_badge()
    {
        var app = await server.SharedAppAsync("messages-browser");
        Guid tech, open, other;
        await using (var db = app.Db())
        {
            tech = await db.Users.Where(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
        }

        await using (var manager = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            var messages = manager.ServiceProvider.GetRequiredService<MessageService>();
            open = await messages.StartDirectAsync(tech);
            other = await messages.CreateGroupAsync("Night shift", [tech]);
        }

        await using (var db = app.Db())
        {
            // The technician starts with everything read.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE conversation_participants p SET last_read_message_id =
                  (SELECT m.id FROM messages m WHERE m.conversation_id = p.conversation_id ORDER BY m.sent_at DESC, m.id DESC LIMIT 1)
                WHERE p.user_id = {tech}
                """);
        }

        var browser = await server.BrowserAsync();
        await using var techContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        await using var managerContext = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var techPage = await techContext.NewPageAsync();
        var managerPage = await managerContext.NewPageAsync();
        await techPage.SignInAsync("tech@dentallab.test");
        await managerPage.SignInAsync("manager@dentallab.test");
        await techPage.GotoAsync($"/messages/{open}");
        await managerPage.GotoAsync($"/messages/{open}");
        await techPage.WaitForInteractiveAsync();
        await managerPage.WaitForInteractiveAsync();
        await Assertions.Expect(Badge(techPage, 0)).ToBeVisibleAsync();

        var text = "Crown for bay 3 is ready, see https://lab.test/qc";
        await managerPage.GetByLabel("Message", new() { Exact = true }).FillAsync(text);
        var clock = Stopwatch.StartNew();
        await managerPage.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        var arrived = techPage.GetByTestId("message-body").Filter(new() { HasText = "Crown for bay 3 is ready" });
        await Assertions.Expect(arrived).ToBeVisibleAsync();
        output.WriteLine($"Message appeared in the other browser after {clock.ElapsedMilliseconds} ms");
        await Assertions.Expect(arrived.GetByRole(AriaRole.Link, new() { Name = "https://lab.test/qc" })).ToHaveAttributeAsync("href", "https://lab.test/qc");
        // The open conversation was read at once: the sender sees it.
        await Assertions.Expect(managerPage.GetByTestId("seen-by")).ToContainTextAsync("Seen by");
        await Assertions.Expect(Badge(techPage, 0)).ToBeVisibleAsync();

        // A message in a conversation the technician does not have open raises the badge.
        await using (var manager = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            clock.Restart();
            await manager.ServiceProvider.GetRequiredService<MessageService>().SendAsync(other, "Who takes the late furnace run?");
        }

        await Assertions.Expect(Badge(techPage, 1)).ToBeVisibleAsync();
        output.WriteLine($"Badge changed after {clock.ElapsedMilliseconds} ms");
        await Assertions.Expect(techPage.GetByText("New message")).ToBeVisibleAsync();
        await Assertions.Expect(techPage.GetByTestId("conversation-unread")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task A_dentist_reaches_messages_and_notifications_in_the_portal_and_never_sees_the_staff_navigation()
    {
        var app = await server.SharedAppAsync("messages-browser");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("dentist@dentallab.test");
        await page.WaitForURLAsync("**/portal");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Messages", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/portal/messages");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Messages" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("conversation").First).ToBeVisibleAsync();

        await page.GotoAsync("/messages");
        await page.WaitForURLAsync("**/portal/messages");
        await page.GotoAsync("/notifications");
        await page.WaitForURLAsync("**/portal/notifications");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("nav-group")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("broadcast-form")).ToHaveCountAsync(0);
    }

    private static ILocator Badge(IPage page, int unread) => page.Locator($"a[aria-label='Messages, {unread} unread']");
}
