using DentalLab.Data.Entities;
using DentalLab.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Messages;

/// <summary>Who may read and write what, unread counts and the edit window, through the real service and PostgreSQL.</summary>
[Collection(LabCollection.Name)]
public sealed class MessagingRulesTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("messages-rules");

    [Fact]
    public async Task A_non_participant_cannot_read_or_change_a_conversation_through_any_service_method()
    {
        var app = await AppAsync();
        Guid conversationId, messageId, adminId;
        var staffId = await UserIdAsync(app, "staff@dentallab.test");
        await using (var db = app.Db())
        {
            adminId = await UserIdAsync(app, "admin@dentallab.test");
            conversationId = await db.Set<Conversation>()
                .Where(c => c.Type == ConversationType.Group && c.Title == "Management" && !c.Participants.Any(p => p.UserId == staffId))
                .Select(c => c.Id).SingleAsync();
            messageId = await db.Set<Message>().Where(m => m.ConversationId == conversationId).Select(m => m.Id).FirstAsync();
        }

        await using var scope = await app.ScopeAsAsync("staff@dentallab.test");
        var messages = Service(scope);
        Assert.DoesNotContain(await messages.ConversationsAsync(), c => c.Id == conversationId);
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.ConversationAsync(conversationId));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.MessagesAsync(conversationId));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.MessagesSinceAsync(conversationId, DateTimeOffset.MinValue));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.SearchAsync(conversationId, "a"));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.SendAsync(conversationId, "let me in"));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.MarkReadAsync(conversationId));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.EditAsync(messageId, "changed"));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.DeleteAsync(messageId));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.AddMemberAsync(conversationId, staffId));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.RemoveMemberAsync(conversationId, adminId));

        await using var db2 = app.Db();
        Assert.False(await db2.Set<Message>().AnyAsync(m => m.ConversationId == conversationId && m.Body == "let me in"));
        Assert.Null(await db2.Set<Message>().Where(m => m.Id == messageId).Select(m => m.DeletedAt).SingleAsync());
    }

    [Fact]
    public async Task A_dentist_cannot_talk_with_another_dentist_nor_about_another_dentists_case_but_can_about_their_own()
    {
        var app = await AppAsync();
        var dentist2 = await UserIdAsync(app, "dentist2@dentallab.test");
        var tech = await UserIdAsync(app, "tech@dentallab.test");
        string ownCase, otherCase;
        await using (var db = app.Db())
        {
            var dentist1 = await UserIdAsync(app, "dentist@dentallab.test");
            ownCase = await db.Set<Case>().Where(c => c.Dentist!.UserId == dentist1).Select(c => c.CaseNumber).FirstAsync();
            otherCase = await db.Set<Case>().Where(c => c.Dentist!.UserId == dentist2).Select(c => c.CaseNumber).FirstAsync();
        }

        await using var scope = await app.ScopeAsAsync("dentist@dentallab.test");
        var messages = Service(scope);
        var refused = await Assert.ThrowsAsync<MessagingRuleException>(() => messages.StartDirectAsync(dentist2));
        Assert.Contains("other dentists", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MessagingRuleException>(() => messages.CreateGroupAsync("Dentists only", [dentist2, tech]));
        await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.OpenCaseConversationAsync(otherCase));
        Assert.DoesNotContain(await messages.ContactsAsync(), c => c.IsDentist);

        // Lab staff cannot put two dentists together either.
        await using (var managerScope = await app.ScopeAsAsync("manager@dentallab.test"))
        {
            var dentist1 = await UserIdAsync(app, "dentist@dentallab.test");
            await Assert.ThrowsAsync<MessagingRuleException>(() => Service(managerScope).CreateGroupAsync("Both dentists", [dentist1, dentist2]));
        }

        var direct = await messages.StartDirectAsync(tech);
        Assert.Equal(direct, await messages.StartDirectAsync(tech));
        var caseConversation = await messages.OpenCaseConversationAsync(ownCase);
        Assert.Equal(caseConversation, await messages.OpenCaseConversationAsync(ownCase));
        var detail = await messages.ConversationAsync(caseConversation);
        Assert.Equal(ConversationType.Case, detail.Type);
        Assert.Single(detail.Participants, p => p.IsDentist);
        Assert.Contains(ownCase, detail.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_opening_a_case_conversation_brings_in_the_assigned_technicians_and_the_cases_dentist()
    {
        var app = await AppAsync();
        string caseNumber;
        List<Guid> expected;
        await using (var db = app.Db())
        {
            // A case of its own (the demo's mix changes with the clock): dentist@'s, with a stage assigned to tech@.
            var dentist = await db.Set<DentistProfile>().Where(d => d.User!.NormalizedEmail == "DENTIST@DENTALLAB.TEST").Select(d => new { d.Id, UserId = d.UserId!.Value }).SingleAsync();
            var tech = await UserIdAsync(app, "tech@dentallab.test");
            var now = DateTimeOffset.UtcNow;
            var c = new Case
            {
                DentistId = dentist.Id, PatientCode = "P-" + Guid.NewGuid().ToString("N")[..6], ProcedureType = ProcedureType.Crown, Teeth = [36],
                Units = 1, Urgency = UrgencyLevel.Standard, Priority = PriorityLevel.Medium, Status = CaseStatus.Designing,
                CurrentStage = WorkflowStageName.Design, ReceivedAt = now, DueDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(5),
            };
            c.Stages.Add(new WorkflowStage { Stage = WorkflowStageName.Design, Position = 1, Status = WorkflowStatus.InProgress, StartedAt = now, AssignedToId = tech });
            db.Add(c);
            await db.SaveChangesAsync();
            caseNumber = await db.Set<Case>().Where(x => x.Id == c.Id).Select(x => x.CaseNumber).SingleAsync();
            expected = [tech, dentist.UserId];
        }

        await using var scope = await app.ScopeAsAsync("staff@dentallab.test");
        var id = await Service(scope).OpenCaseConversationAsync(caseNumber);
        var detail = await Service(scope).ConversationAsync(id);
        var staff = await UserIdAsync(app, "staff@dentallab.test");
        Assert.Equal(expected.Append(staff).Distinct().Order(), detail.Participants.Select(p => p.UserId).Order());
    }

    [Fact]
    public async Task Unread_counts_follow_reads_by_several_participants()
    {
        var app = await AppAsync();
        var tech = await UserIdAsync(app, "tech@dentallab.test");
        var staff = await UserIdAsync(app, "staff@dentallab.test");
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        await using var techScope = await app.ScopeAsAsync("tech@dentallab.test");
        await using var staffScope = await app.ScopeAsAsync("staff@dentallab.test");
        var id = await Service(manager).CreateGroupAsync("Unread check " + Guid.NewGuid().ToString("N")[..6], [tech, staff]);
        for (var i = 1; i <= 3; i++)
        {
            await Service(manager).SendAsync(id, $"Update {i}");
        }

        var techBefore = await Service(techScope).UnreadTotalAsync();
        Assert.Equal(3, await UnreadAsync(techScope, id));
        Assert.Equal(3, await UnreadAsync(staffScope, id));
        Assert.Equal(0, await UnreadAsync(manager, id));

        await Service(techScope).MarkReadAsync(id);
        Assert.Equal(0, await UnreadAsync(techScope, id));
        Assert.Equal(3, await UnreadAsync(staffScope, id));
        Assert.Equal(techBefore - 3, await Service(techScope).UnreadTotalAsync());

        await Service(staffScope).SendAsync(id, "Got it");
        Assert.Equal(0, await UnreadAsync(staffScope, id));
        Assert.Equal(1, await UnreadAsync(techScope, id));
        Assert.Equal(1, await UnreadAsync(manager, id));

        var detail = await Service(manager).ConversationAsync(id);
        var newest = (await Service(manager).MessagesAsync(id)).Items[^1];
        Assert.StartsWith("Unread check", detail.Title, StringComparison.Ordinal);
        Assert.Contains(detail.Participants, p => p.UserId == staff && p.LastReadSentAt >= newest.SentAt);
        Assert.Contains(detail.Participants, p => p.UserId == tech && p.LastReadSentAt < newest.SentAt);
    }

    [Fact]
    public async Task Own_messages_can_be_edited_and_deleted_within_five_minutes_only()
    {
        var app = await AppAsync();
        var tech = await UserIdAsync(app, "tech@dentallab.test");
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        await using var techScope = await app.ScopeAsAsync("tech@dentallab.test");
        var id = await Service(manager).StartDirectAsync(tech);
        var fresh = await Service(manager).SendAsync(id, "Furnace at 850");
        await Assert.ThrowsAsync<MessagingRuleException>(() => Service(techScope).EditAsync(fresh, "not mine"));
        await Service(manager).EditAsync(fresh, "Furnace at 860");
        var deleted = await Service(manager).SendAsync(id, "Wrong thread, sorry");
        await Service(manager).DeleteAsync(deleted);
        var old = await Service(manager).SendAsync(id, "Sent a while ago");
        await using (var db = app.Db())
        {
            await db.Set<Message>().Where(m => m.Id == old)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, m => m.SentAt.AddMinutes(-6)));
        }

        var late = await Assert.ThrowsAsync<MessagingRuleException>(() => Service(manager).EditAsync(old, "too late"));
        Assert.Contains("5 minutes", late.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MessagingRuleException>(() => Service(manager).DeleteAsync(old));

        var items = (await Service(techScope).MessagesAsync(id)).Items;
        var edited = items.Single(m => m.Id == fresh);
        Assert.Equal("Furnace at 860", edited.Body);
        Assert.NotNull(edited.EditedAt);
        var gone = items.Single(m => m.Id == deleted);
        Assert.True(gone.IsDeleted);
        Assert.Equal("", gone.Body);
        Assert.Equal("Sent a while ago", items.Single(m => m.Id == old).Body);
    }

    [Fact]
    public async Task Older_messages_come_in_keyset_pages_and_search_takes_wildcards_literally()
    {
        var app = await AppAsync();
        var staff = await UserIdAsync(app, "staff@dentallab.test");
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var messages = Service(manager);
        var id = await messages.CreateGroupAsync("Paging " + Guid.NewGuid().ToString("N")[..6], [staff]);
        for (var i = 1; i <= MessageService.PageSize + 5; i++)
        {
            await messages.SendAsync(id, i == 7 ? "Batch is 100% done" : i == 8 ? "Batch is 100 done" : $"Line {i}");
        }

        var first = await messages.MessagesAsync(id);
        Assert.Equal(MessageService.PageSize, first.Items.Count);
        Assert.True(first.HasOlder);
        Assert.Equal($"Line {MessageService.PageSize + 5}", first.Items[^1].Body);
        var second = await messages.MessagesAsync(id, first.Items[0].SentAt, first.Items[0].Id);
        Assert.Equal(5, second.Items.Count);
        Assert.False(second.HasOlder);
        Assert.Equal("Line 1", second.Items[0].Body);
        Assert.Empty(second.Items.Select(m => m.Id).Intersect(first.Items.Select(m => m.Id)));

        var found = await messages.SearchAsync(id, "0%");
        Assert.Equal(["Batch is 100% done"], found.Select(m => m.Body));
        Assert.Equal(2, (await messages.SearchAsync(id, "batch IS")).Count);
        Assert.Empty(await messages.SearchAsync(id, "Line _"));
    }

    [Fact]
    public void Links_become_link_segments_only_for_http_and_https_and_everything_else_stays_text()
    {
        var segments = MessageText.Tokenize("See https://lab.test/a?b=1. Not javascript:alert(1) or <b>bold</b>, also http://x.test");
        Assert.Equal(
            [("See ", null), ("https://lab.test/a?b=1", "https://lab.test/a?b=1"), (". Not javascript:alert(1) or <b>bold</b>, also ", null), ("http://x.test", "http://x.test/")],
            segments.Select(s => (s.Text, s.Href)));
        Assert.Empty(MessageText.Tokenize(""));
    }

    private static MessageService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MessageService>();

    private static async Task<int> UnreadAsync(AsyncServiceScope scope, Guid conversationId) =>
        (await Service(scope).ConversationsAsync()).Single(c => c.Id == conversationId).Unread;

    private static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }
}
