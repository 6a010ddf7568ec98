using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Tests.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>
/// Two dentists against real PostgreSQL: for every portal data query and download, dentist B gets nothing of dentist
/// A's case (not found), and the attempt is in the log with B's user id.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class PortalScopeTests(LabServerFixture server)
{
    private const string A = "dentist@dentallab.test";
    private const string B = "dentist2@dentallab.test";

    [Fact]
    public async Task Dentist_B_gets_nothing_of_dentist_As_case_its_files_conversation_and_notifications_and_is_logged()
    {
        var app = await server.SharedAppAsync("portal-rx");
        var number = await RxTestData.SendAsync(app, A);
        Guid fileId, notificationId, bUserId;
        await using (var db = app.Db())
        {
            fileId = await db.CaseFiles.Where(f => f.Case!.CaseNumber == number).Select(f => f.Id).SingleAsync();
            bUserId = await db.Users.Where(u => u.NormalizedEmail == B.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
        }

        Guid conversationId;
        await using (var owner = await app.ScopeAsAsync(A))
        {
            // A sees it all: the case with its file, and its conversation with the lab.
            var view = await owner.ServiceProvider.GetRequiredService<PortalService>().CaseAsync(number);
            Assert.Equal("prep.stl", Assert.Single(view!.Files).Name);
            Assert.True(view.Files[0].FromMe);
            conversationId = await owner.ServiceProvider.GetRequiredService<MessageService>().OpenCaseConversationAsync(number);
            Assert.Contains((await owner.ServiceProvider.GetRequiredService<PortalService>().HomeAsync()).OpenCases, c => c.CaseNumber == number);
        }

        await using (var lab = await app.ScopeAsAsync(CaseTestData.Staff))
        {
            var aUser = (await app.Db().Users.SingleAsync(u => u.NormalizedEmail == A.ToUpperInvariant())).Id;
            await lab.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync(aUser, NotificationType.CaseUpdate, $"{number} is in design", "Since 10:40.", $"/portal/cases/{number}");
            await using var db = app.Db();
            notificationId = await db.Set<Notification>().Where(n => n.UserId == aUser && n.Link == $"/portal/cases/{number}").Select(n => n.Id).SingleAsync();
        }

        await using (var other = await app.ScopeAsAsync(B))
        {
            var portal = other.ServiceProvider.GetRequiredService<PortalService>();
            var messages = other.ServiceProvider.GetRequiredService<MessageService>();
            var notifications = other.ServiceProvider.GetRequiredService<NotificationService>();

            // Home.
            Assert.DoesNotContain((await portal.HomeAsync()).OpenCases, c => c.CaseNumber == number);

            // Case page, with its files list.
            Assert.Null(await portal.CaseAsync(number));
            Assert.NotNull(await app.WaitForLogAsync("Dentist scope refused", bUserId.ToString(), $"asked for case {number}"));

            // Messages: the case's conversation, by case and by id, and the list.
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.OpenCaseConversationAsync(number));
            Assert.NotNull(await app.WaitForLogAsync("Dentist scope refused", bUserId.ToString(), $"asked for case conversation {number}"));
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.ConversationAsync(conversationId));
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.MessagesAsync(conversationId));
            Assert.NotNull(await app.WaitForLogAsync("Dentist scope refused", bUserId.ToString(), $"asked for conversation {conversationId}"));
            Assert.DoesNotContain(await messages.ConversationsAsync(), c => c.Id == conversationId);

            // Notifications: B's list never holds A's, and B cannot mark A's read.
            Assert.DoesNotContain((await notifications.ListAsync(take: 200)).Items, n => n.Id == notificationId || (n.Link ?? "").Contains(number, StringComparison.Ordinal));
            await notifications.MarkReadAsync(notificationId);
            await using var db = app.Db();
            Assert.Null(await db.Set<Notification>().Where(n => n.Id == notificationId).Select(n => n.ReadAt).SingleAsync());
        }

        // Downloads: A gets the file; B gets 404 (and it is logged); the ticket PDF is for staff only.
        using (var owner = new LabHttp(app))
        {
            await owner.SignInAsync(A, DemoDataGenerator.DemoPassword);
            var own = await owner.GetAsync($"/cases/{number}/files/{fileId}?download=true");
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal(RxTestData.AsciiStl, await own.Content.ReadAsByteArrayAsync());
            var ticket = await owner.GetAsync($"/cases/{number}/ticket.pdf");
            Assert.NotEqual(HttpStatusCode.OK, ticket.StatusCode);
            Assert.NotEqual("application/pdf", ticket.Content.Headers.ContentType?.MediaType);
        }

        using var http = new LabHttp(app);
        await http.SignInAsync(B, DemoDataGenerator.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/cases/{number}/files/{fileId}?download=true")).StatusCode);
        Assert.NotNull(await app.WaitForLogAsync("Case file refused or missing", bUserId.ToString(), fileId.ToString()));
        var ticketForB = await http.GetAsync($"/cases/{number}/ticket.pdf");
        Assert.NotEqual(HttpStatusCode.OK, ticketForB.StatusCode);
        Assert.NotEqual("application/pdf", ticketForB.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await (await http.GetAsync($"/portal/cases/{number}")).Content.ReadAsStringAsync());
        Assert.Contains("Not found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("prep.stl", page, StringComparison.Ordinal);
    }
}
