using DentalLab.Data.Entities;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Notifications;

/// <summary>The notification centre: the full list, mark one read (the bell follows), broadcast to a role, and the missed-notification digest.</summary>
[Collection(LabCollection.Name)]
public sealed class NotificationCentreTests(LabServerFixture server)
{
    [Fact]
    public async Task Marking_one_notification_read_on_the_centre_page_clears_it_from_the_bell_count_without_reload()
    {
        var app = await server.SharedAppAsync("notification-centre");
        var tech = await UserIdAsync(app, "tech@dentallab.test");
        await using (var db = app.Db())
        {
            await db.Set<Notification>().Where(n => n.UserId == tech).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, DateTimeOffset.UtcNow));
        }

        await using (var scope = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
            await notifications.NotifyAsync(tech, NotificationType.Assignment, "You were assigned DL-2026-000777", "Design stage.", "/cases/DL-2026-000777");
            await notifications.NotifyAsync(tech, NotificationType.Alert, "Furnace 2 needs service", "Temperature drift.", "/departments");
        }

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await page.GotoAsync("/notifications");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications" })).ToBeVisibleAsync();
        await Assertions.Expect(Bell(page, 2)).ToBeVisibleAsync();
        var item = page.GetByTestId("notification").Filter(new() { HasText = "Furnace 2 needs service" });
        await Assertions.Expect(item).ToContainTextAsync("Temperature drift.");
        await Assertions.Expect(item).ToContainTextAsync("just now");
        await Assertions.Expect(item.GetByRole(AriaRole.Link, new() { Name = "Open" })).ToHaveAttributeAsync("href", "/departments");
        Assert.True(await page.GetByTestId("notification").CountAsync() > 2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as read: Furnace 2 needs service" }).ClickAsync();
        await Assertions.Expect(Bell(page, 1)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark as read: Furnace 2 needs service" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        await Assertions.Expect(Bell(page, 0)).ToBeVisibleAsync();

        // The broadcast form is only there for holders of notifications.broadcast.
        await Assertions.Expect(page.GetByTestId("broadcast-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_broadcast_reaches_every_holder_of_the_role_and_only_them_and_needs_the_permission()
    {
        var app = await server.SharedAppAsync("notification-centre");
        var title = "Lab closes early " + Guid.NewGuid().ToString("N")[..6];
        await using (var tech = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => tech.ServiceProvider.GetRequiredService<NotificationService>().BroadcastAsync(null, title, "x"));
        }

        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var service = manager.ServiceProvider.GetRequiredService<NotificationService>();
        var (_, errors) = await service.BroadcastAsync(UserRole.Technician, "  ", "Body");
        Assert.Equal("Write a title.", errors["Title"]);
        var (sent, none) = await service.BroadcastAsync(UserRole.Technician, title, "At 15:00 on Friday.");
        Assert.Empty(none);

        await using var db = app.Db();
        var technicians = await db.Users.Where(u => u.IsActive && u.RoleLinks.Any(l => l.Role!.Code == UserRole.Technician)).Select(u => u.Id).ToListAsync();
        var got = await db.Set<Notification>().Where(n => n.Title == title).Select(n => new { n.UserId, n.Type }).ToListAsync();
        Assert.Equal(technicians.Count, sent);
        Assert.Equal(technicians.Order(), got.Select(g => g.UserId).Order());
        Assert.All(got, g => Assert.Equal(NotificationType.System, g.Type));
    }

    [Fact]
    public async Task Unread_notifications_past_the_delay_are_mailed_once_as_one_digest_and_not_again_within_the_hour()
    {
        var app = await server.SharedAppAsync("notification-digest");
        var staff = await UserIdAsync(app, "staff@dentallab.test");
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using (var db = app.Db())
        {
            // Everything before is read and was never mailed (demo data mails some types at once).
            await db.Set<Notification>().Where(n => n.UserId == staff)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, DateTimeOffset.UtcNow).SetProperty(n => n.EmailedAt, (DateTimeOffset?)null));
        }

        await AddAsync(app, staff, $"Old one {tag}", minutesAgo: 120);
        await AddAsync(app, staff, $"Older one {tag}", minutesAgo: 180);
        await AddAsync(app, staff, $"Fresh one {tag}", minutesAgo: 1);

        await RunDigestAsync(app);
        var mail = await MailAsync(app, $"Old one {tag}");
        Assert.Contains($"Older one {tag}", mail, StringComparison.Ordinal);
        Assert.DoesNotContain($"Fresh one {tag}", mail, StringComparison.Ordinal);
        Assert.Equal(1, MailsWith(app, tag));

        // Another missed one within the hour: no second email yet.
        await AddAsync(app, staff, $"Later one {tag}", minutesAgo: 90);
        await RunDigestAsync(app);
        Assert.Equal(1, MailsWith(app, tag));

        // An hour after the last digest it goes out, with only what was not mailed before.
        await using (var db = app.Db())
        {
            await db.Set<Notification>().Where(n => n.UserId == staff && n.EmailedAt != null)
                .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, n => n.EmailedAt!.Value.AddMinutes(-61)));
        }

        await RunDigestAsync(app);
        var second = await MailAsync(app, $"Later one {tag}");
        Assert.DoesNotContain($"Old one {tag}", second, StringComparison.Ordinal);
        Assert.Equal(2, MailsWith(app, tag));
    }

    private static async Task RunDigestAsync(LabApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDigest>().RunOnceAsync();
    }

    private static int MailsWith(LabApp app, string tag) => Mails(app).Count(m => m.Body.Contains(tag, StringComparison.Ordinal));

    /// <summary>The decoded body of the one digest to staff@ that mentions <paramref name="needle"/>.</summary>
    private static async Task<string> MailAsync(LabApp app, string needle)
    {
        await app.WaitForEmailAsync("staff@dentallab.test");
        var mail = Mails(app).Single(m => m.Body.Contains(needle, StringComparison.Ordinal));
        Assert.Contains("staff@dentallab.test", mail.Raw, StringComparison.OrdinalIgnoreCase);
        return mail.Body;
    }

    private static List<(string Raw, string Body)> Mails(LabApp app) =>
        Directory.GetFiles(app.OutboxFolder, "*.eml").Select(File.ReadAllText).Select(raw => (raw, Eml.Body(raw))).ToList();

    private static async Task AddAsync(LabApp app, Guid userId, string title, int minutesAgo)
    {
        await using var db = app.Db();
        var row = new Notification { UserId = userId, Type = NotificationType.CaseUpdate, Title = title, Data = "{}" };
        db.Add(row);
        await db.SaveChangesAsync();
        await db.Set<Notification>().Where(n => n.Id == row.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-minutesAgo)));
    }

    private static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }

    private static ILocator Bell(IPage page, int unread) => page.Locator($"button[aria-label='Notifications, {unread} unread']");
}
