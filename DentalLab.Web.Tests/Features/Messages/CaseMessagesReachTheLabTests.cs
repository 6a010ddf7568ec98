using DentalLab.Data.Entities;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Tests.Features.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Messages;

/// <summary>A dentist's message about a brand-new case (nobody assigned yet) reaches the lab, with a notification, live.</summary>
[Collection(LabCollection.Name)]
public sealed class CaseMessagesReachTheLabTests(LabServerFixture server)
{
    [Fact]
    public async Task A_dentists_message_on_a_new_case_reaches_the_lab_live_and_a_technician_assigned_later_joins()
    {
        var app = await server.SharedAppAsync("messages-case-lab");
        var (number, caseId) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.Receiving);
        var manager = await WorkflowTestCases.UserIdAsync(app, "manager@dentallab.test");
        var tech = await WorkflowTestCases.UserIdAsync(app, "tech@dentallab.test");

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("/notifications");
        await page.WaitForInteractiveAsync();

        Guid conversation;
        await using (var dentist = await app.ScopeAsAsync(WorkflowTestCases.DentistEmail))
        {
            var messages = dentist.ServiceProvider.GetRequiredService<MessageService>();
            conversation = await messages.OpenCaseConversationAsync(number);
            await messages.SendAsync(conversation, "Please keep the margin supragingival on 12.");
        }

        var arrived = page.GetByTestId("notification").Filter(new() { HasText = $"about {number}" });
        await Assertions.Expect(arrived).ToBeVisibleAsync();
        await Assertions.Expect(arrived).ToContainTextAsync("Please keep the margin supragingival on 12.");
        await Assertions.Expect(arrived.GetByRole(AriaRole.Link, new() { Name = "Open" })).ToHaveAttributeAsync("href", $"/messages/case/{number}");

        await using (var scope = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            var list = await scope.ServiceProvider.GetRequiredService<MessageService>().ConversationsAsync();
            var row = Assert.Single(list, c => c.Type == ConversationType.Case && c.Title.Contains(number, StringComparison.Ordinal));
            Assert.Equal(1, row.Unread);
        }

        // A technician assigned afterwards is part of the conversation from the dentist's next message on.
        await using (var db = app.Db())
        {
            await db.WorkflowStages.Where(s => s.CaseId == caseId && s.Stage == WorkflowStageName.Receiving)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.AssignedToId, tech));
        }

        await using (var dentist = await app.ScopeAsAsync(WorkflowTestCases.DentistEmail))
        {
            await dentist.ServiceProvider.GetRequiredService<MessageService>().SendAsync(conversation, "And a light occlusion, please.");
        }

        await using (var db = app.Db())
        {
            var people = await db.ConversationParticipants.Where(p => p.ConversationId == conversation && p.LeftAt == null).Select(p => p.UserId).ToListAsync();
            Assert.Contains(manager, people);
            Assert.Contains(tech, people);
            Assert.True(await db.Notifications.AnyAsync(n => n.UserId == tech && n.Type == NotificationType.Message && n.Title.Contains(number)));
            // The sender is not notified of their own message.
            var dentistUser = await WorkflowTestCases.UserIdAsync(app, WorkflowTestCases.DentistEmail);
            Assert.False(await db.Notifications.AnyAsync(n => n.UserId == dentistUser && n.Type == NotificationType.Message && n.Title.Contains(number)));
        }
    }
}
