using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Text;
using System.Linq.Expressions;

namespace DentalLab.Web.Features.Messages;

/// <summary>
/// Conversations and messages. Every method demands <c>messages.use</c> and works only on conversations the
/// caller takes part in (anything else is "not found"). A dentist talks only with lab staff, about their own
/// cases: no conversation ever holds two dentists.
/// </summary>
public sealed partial class MessageService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope dentistScope,
    LiveEventBus bus,
    TimeProvider clock,
    Notifications.NotificationService notifications)
{
    public const int MaxBodyLength = 4000;
    public const int PageSize = 30;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Who takes part now: not left, and in a case conversation a portal user (a dentist) only while they are the
    /// case's dentist — when a case moves to another dentist, the previous one loses the conversation at once,
    /// whatever path changed the case (the rule is applied where participants are read, in this one place).
    /// </summary>
    private static readonly Expression<Func<ConversationParticipant, bool>> Current = p =>
        p.LeftAt == null
        && (p.Conversation!.Type != ConversationType.Case
            || p.Conversation.CaseId == null
            || p.Conversation.Case!.Dentist!.UserId == p.UserId
            || !p.User!.RoleLinks.Any(l => l.Role!.Permissions.Any(rp => rp.Permission!.Code == PermissionCodes.PortalAccess)));

    /// <summary>The caller's conversations, most recent first, with their unread counts.</summary>
    public async Task<IReadOnlyList<ConversationSummary>> ConversationsAsync(CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<ConversationParticipant>().AsNoTracking()
            .Where(p => p.UserId == me).Where(Current)
            .Select(p => new
            {
                p.Conversation!.Id,
                p.Conversation.Type,
                p.Conversation.Title,
                CaseNumber = p.Conversation.Case != null ? p.Conversation.Case.CaseNumber : null,
                p.Conversation.LastMessageAt,
                Last = p.Conversation.Messages.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
                    .Select(m => m.DeletedAt == null ? m.Body : "Message deleted").FirstOrDefault(),
                Others = p.Conversation.Participants.AsQueryable().Where(Current).Where(o => o.UserId != me).Select(o => o.User!.FullName).ToList(),
                Unread = p.Conversation.Messages.Count(m => m.SenderId != me && m.DeletedAt == null
                    && (p.LastReadMessageId == null || m.SentAt > p.LastReadMessage!.SentAt)),
            })
            .OrderByDescending(r => r.LastMessageAt)
            .ToListAsync(ct);
        return rows.Select(r => new ConversationSummary(
                r.Id, r.Type, TitleOf(r.Type, r.Title, r.CaseNumber, r.Others), r.LastMessageAt,
                r.Last is null ? null : Preview(r.Last), r.Unread))
            .ToList();
    }

    /// <summary>The caller's unread messages over all their conversations (the navigation badge).</summary>
    public async Task<int> UnreadTotalAsync(CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me || !await currentUser.HasPermissionAsync(PermissionCodes.MessagesUse, ct))
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ConversationParticipant>().AsNoTracking()
            .Where(p => p.UserId == me).Where(Current)
            .SelectMany(p => p.Conversation!.Messages.Where(m => m.SenderId != me && m.DeletedAt == null
                && (p.LastReadMessageId == null || m.SentAt > p.LastReadMessage!.SentAt)))
            .CountAsync(ct);
    }

    public async Task<ConversationDetail> ConversationAsync(Guid conversationId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureParticipantAsync(db, conversationId, me, ct);
        var c = await db.Set<Conversation>().AsNoTracking().Where(x => x.Id == conversationId)
            .Select(x => new { x.Id, x.Type, x.Title, CaseNumber = x.Case != null ? x.Case.CaseNumber : null, x.CreatedById })
            .SingleAsync(ct);
        var portalUsers = db.IdsGranted(PermissionCodes.PortalAccess);
        var participants = await db.Set<ConversationParticipant>().AsNoTracking()
            .Where(p => p.ConversationId == conversationId).Where(Current)
            .OrderBy(p => p.User!.FullName)
            .Select(p => new ParticipantInfo(
                p.UserId, p.User!.FullName, portalUsers.Contains(p.UserId),
                p.LastReadMessage != null ? p.LastReadMessage.SentAt : null))
            .ToListAsync(ct);
        var canManage = c.Type == ConversationType.Group && (c.CreatedById == me || await IsGroupModeratorAsync(ct));
        var others = participants.Where(p => p.UserId != me).Select(p => p.Name).ToList();
        return new ConversationDetail(c.Id, c.Type, TitleOf(c.Type, c.Title, c.CaseNumber, others), c.CaseNumber, c.CreatedById, canManage, participants);
    }

    /// <summary>
    /// One keyset page of the thread: the <see cref="PageSize"/> messages before (<paramref name="beforeAt"/>,
    /// <paramref name="beforeId"/>), or the newest when none is given; oldest first.
    /// </summary>
    public async Task<MessagePage> MessagesAsync(Guid conversationId, DateTimeOffset? beforeAt = null, Guid? beforeId = null, int pageSize = PageSize, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureParticipantAsync(db, conversationId, me, ct);
        var query = db.Set<Message>().AsNoTracking().Where(m => m.ConversationId == conversationId);
        if (beforeAt is { } at && beforeId is { } id)
        {
            query = query.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.SentAt, m.Id), ValueTuple.Create(at, id)));
        }

        var rows = await Project(query.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Take(pageSize + 1)).ToListAsync(ct);
        var hasOlder = rows.Count > pageSize;
        var items = rows.Take(pageSize).Reverse().ToList();
        return new MessagePage(items, hasOlder);
    }

    /// <summary>Every message from (<paramref name="fromAt"/>) on, oldest first (a loaded thread refreshing after a live event).</summary>
    public async Task<IReadOnlyList<MessageItem>> MessagesSinceAsync(Guid conversationId, DateTimeOffset fromAt, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureParticipantAsync(db, conversationId, me, ct);
        return await Project(db.Set<Message>().AsNoTracking()
                .Where(m => m.ConversationId == conversationId && m.SentAt >= fromAt)
                .OrderBy(m => m.SentAt).ThenBy(m => m.Id))
            .ToListAsync(ct);
    }

    /// <summary>Messages of one conversation whose text contains <paramref name="text"/> (case-insensitive, wildcards taken literally).</summary>
    public async Task<IReadOnlyList<MessageItem>> SearchAsync(Guid conversationId, string text, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureParticipantAsync(db, conversationId, me, ct);
        text = text.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var pattern = TextInput.ContainsPattern(text);
        return await Project(db.Set<Message>().AsNoTracking()
                .Where(m => m.ConversationId == conversationId && m.DeletedAt == null && EF.Functions.ILike(m.Body, pattern, "\\"))
                .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
                .Take(50))
            .ToListAsync(ct);
    }

    public async Task<Guid> SendAsync(Guid conversationId, string body, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        body = ValidBody(body);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await EnsureParticipantAsync(db, conversationId, me, ct);
        var caseNumber = await JoinCaseFollowersAsync(db, conversationId, me, ct);
        var now = clock.GetUtcNow();
        var message = new Message { ConversationId = conversationId, SenderId = me, Body = body, SentAt = now };
        db.Add(message);
        await db.SaveChangesAsync(ct);
        await db.Set<Conversation>().Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.LastMessageAt, now).SetProperty(c => c.UpdatedAt, now), ct);
        // The sender has read their own message.
        await db.Set<ConversationParticipant>().Where(p => p.ConversationId == conversationId && p.UserId == me)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.LastReadMessageId, message.Id).SetProperty(p => p.LastReadAt, now), ct);

        var people = await ActiveParticipantsAsync(db, conversationId, ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForConversation(conversationId), LiveKinds.MessageCreated, message.Id.ToString(), me), ct);
        foreach (var person in people)
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForUser(person), LiveKinds.MessageCreated, conversationId.ToString(), me), ct);
        }

        await NotifyRecipientsAsync(db, conversationId, caseNumber, me, body, ct);
        return message.Id;
    }

    public async Task EditAsync(Guid messageId, string body, CancellationToken ct = default)
    {
        body = ValidBody(body);
        await ChangeOwnAsync(messageId, m =>
        {
            m.Body = body;
            m.EditedAt = clock.GetUtcNow();
        }, LiveKinds.MessageEdited, ct);
    }

    /// <summary>Deletes one of the caller's messages (within the edit window); the thread shows "Message deleted" in its place.</summary>
    public Task DeleteAsync(Guid messageId, CancellationToken ct = default) =>
        ChangeOwnAsync(messageId, m => m.DeletedAt = clock.GetUtcNow(), LiveKinds.MessageDeleted, ct);

    /// <summary>Marks the conversation read up to its newest message for the caller.</summary>
    public async Task MarkReadAsync(Guid conversationId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var participant = await db.Set<ConversationParticipant>()
            .Where(p => p.ConversationId == conversationId && p.UserId == me).Where(Current)
            .SingleOrDefaultAsync(ct)
            ?? throw new ConversationNotFoundException();
        var newest = await db.Set<Message>().AsNoTracking().Where(m => m.ConversationId == conversationId)
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (newest is null || participant.LastReadMessageId == newest)
        {
            return;
        }

        participant.LastReadMessageId = newest;
        participant.LastReadAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForConversation(conversationId), LiveKinds.ConversationRead, me.ToString(), me), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForUser(me), LiveKinds.MessageRead, conversationId.ToString(), me), ct);
    }

    private async Task ChangeOwnAsync(Guid messageId, Action<Message> change, string kind, CancellationToken ct)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.Set<Message>().SingleOrDefaultAsync(m => m.Id == messageId, ct) ?? throw new ConversationNotFoundException();
        await EnsureParticipantAsync(db, message.ConversationId, me, ct);
        if (message.SenderId != me)
        {
            throw new MessagingRuleException("You can only change your own messages.");
        }

        if (message.DeletedAt is not null)
        {
            throw new MessagingRuleException("This message was deleted.");
        }

        if (clock.GetUtcNow() - message.SentAt > EditWindow)
        {
            throw new MessagingRuleException("Messages can only be edited or deleted within 5 minutes of sending.");
        }

        change(message);
        await db.SaveChangesAsync(ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForConversation(message.ConversationId), kind, message.Id.ToString(), me), ct);
    }

    private static IQueryable<MessageItem> Project(IQueryable<Message> query) =>
        query.Select(m => new MessageItem(
            m.Id, m.SenderId, m.Sender!.FullName, m.DeletedAt == null ? m.Body : "", m.SentAt, m.EditedAt, m.DeletedAt != null));

    private async Task EnsureParticipantAsync(LabDbContext db, Guid conversationId, Guid userId, CancellationToken ct)
    {
        if (!await db.Set<ConversationParticipant>().Where(Current).AnyAsync(
                p => p.ConversationId == conversationId && p.UserId == userId && p.Conversation!.DeletedAt == null, ct))
        {
            if (await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct))
            {
                dentistScope.LogRefused("conversation", conversationId.ToString());
            }

            throw new ConversationNotFoundException();
        }
    }

    private static Task<List<Guid>> ActiveParticipantsAsync(LabDbContext db, Guid conversationId, CancellationToken ct) =>
        db.Set<ConversationParticipant>().Where(p => p.ConversationId == conversationId).Where(Current).Select(p => p.UserId).ToListAsync(ct);

    /// <summary>Besides a group's creator, who may change its members: whoever manages staff (staff.manage), in any role.</summary>
    private Task<bool> IsGroupModeratorAsync(CancellationToken ct) => currentUser.HasPermissionAsync(PermissionCodes.StaffManage, ct);

    private static string ValidBody(string? body)
    {
        body = body?.Trim() ?? "";
        if (body.Length == 0)
        {
            throw new MessagingRuleException("Write a message first.");
        }

        if (body.Length > MaxBodyLength)
        {
            throw new MessagingRuleException($"A message can be at most {MaxBodyLength} characters long.");
        }

        return body;
    }

    private static string TitleOf(ConversationType type, string? title, string? caseNumber, IReadOnlyList<string> others) => type switch
    {
        ConversationType.Case => "Case " + (caseNumber ?? title),
        ConversationType.Group => title ?? "Group",
        _ => others.Count == 0 ? "Just you" : string.Join(", ", others),
    };

    private static string Preview(string body) => body.Length <= 80 ? body : body[..79] + "…";
}
