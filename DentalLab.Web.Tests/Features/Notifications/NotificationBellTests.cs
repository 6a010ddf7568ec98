using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Notifications;

/// <summary>A notification reaches the recipient's open page at once: a toast and the bell's count.</summary>
[Collection(LabCollection.Name)]
public sealed class NotificationBellTests(LabServerFixture server)
{
    [Fact]
    public async Task A_new_notification_shows_a_toast_and_raises_the_bell_count_without_reload_and_mark_all_read_clears_it()
    {
        var app = await server.SharedAppAsync("notifications");
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync("staff@dentallab.test");
        await page.GetByLabel("Password").FillAsync(DemoDataGenerator.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        Guid staffId;
        await using (var db = app.Db())
        {
            staffId = await db.Users.Where(u => u.NormalizedEmail == "STAFF@DENTALLAB.TEST").Select(u => u.Id).SingleAsync();
            await db.Set<Notification>().Where(n => n.UserId == staffId).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, DateTimeOffset.UtcNow));
        }

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(Bell(page, 0)).ToBeVisibleAsync();

        await using (var scope = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            await scope.ServiceProvider.GetRequiredService<NotificationService>()
                .NotifyAsync(staffId, NotificationType.Alert, "Case DL-2026-000042 is on hold", "Waiting for a new impression.", "/");
        }

        await Assertions.Expect(page.GetByText("Case DL-2026-000042 is on hold").First).ToBeVisibleAsync();
        await Assertions.Expect(Bell(page, 1)).ToBeVisibleAsync();

        await Bell(page, 1).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        await Assertions.Expect(Bell(page, 0)).ToBeVisibleAsync();
    }

    private static ILocator Bell(IPage page, int unread) => page.Locator($"button[aria-label='Notifications, {unread} unread']");
}
