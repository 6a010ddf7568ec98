using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Messages;

/// <summary>Starting conversations and changing who takes part, with the dentist rules.</summary>
public sealed partial class MessageService
{
    /// <summary>People the caller may start a conversation with: a dentist sees lab staff only.</summary>
    public async Task<IReadOnlyList<ContactItem>> ContactsAsync(string? search = null, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var iAmDentist = await IsDentistAsync(ct);
        var portalUsers = db.IdsGranted(PermissionCodes.PortalAccess);
        var query = db.Users.AsNoTracking().Where(u => u.Id != me && u.IsActive);
        if (iAmDentist)
        {
            query = query.Where(u => !portalUsers.Contains(u.Id));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = TextInput.ContainsPattern(search);
            query = query.Where(u => EF.Functions.ILike(u.FullName, pattern, "\\") || EF.Functions.ILike(u.Email!, pattern, "\\"));
        }

        return await query.OrderBy(u => u.FullName).Take(50)
            .Select(u => new ContactItem(u.Id, u.FullName, u.Email ?? "", portalUsers.Contains(u.Id)))
            .ToListAsync(ct);
    }

    /// <summary>Finds or starts the direct conversation between the caller and <paramref name="otherUserId"/>.</summary>
    public async Task<Guid> StartDirectAsync(Guid otherUserId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        if (otherUserId == me)
        {
            throw new MessagingRuleException("Choose someone other than yourself.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await CheckPeopleAsync(db, [me, otherUserId], ct);
        var existing = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Type == ConversationType.Direct
                && c.Participants.Count(p => p.LeftAt == null) == 2
                && c.Participants.Any(p => p.UserId == me && p.LeftAt == null)
                && c.Participants.Any(p => p.UserId == otherUserId && p.LeftAt == null))
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }

        return await CreateAsync(db, ConversationType.Direct, null, null, me, [me, otherUserId], ct);
    }

    /// <summary>Starts a named group conversation with the caller and <paramref name="memberIds"/>.</summary>
    public async Task<Guid> CreateGroupAsync(string title, IReadOnlyCollection<Guid> memberIds, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        title = title?.Trim() ?? "";
        if (title.Length == 0)
        {
            throw new MessagingRuleException("Give the group a name.");
        }

        if (title.Length > 200)
        {
            throw new MessagingRuleException("A group name can be at most 200 characters long.");
        }

        var people = memberIds.Append(me).Distinct().ToList();
        if (people.Count < 2)
        {
            throw new MessagingRuleException("Choose at least one other member.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await CheckPeopleAsync(db, people, ct);
        return await CreateAsync(db, ConversationType.Group, title, null, me, people, ct);
    }

    /// <summary>Adds someone to a group (its creator or a manager only).</summary>
    public async Task AddMemberAsync(Guid conversationId, Guid userId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandGroupAdminAsync(db, conversationId, me, ct);
        var people = await ActiveParticipantsAsync(db, conversationId, ct);
        if (people.Contains(userId))
        {
            return;
        }

        await CheckPeopleAsync(db, [.. people, userId], ct);
        var now = clock.GetUtcNow();
        var row = await db.Set<ConversationParticipant>().SingleOrDefaultAsync(p => p.ConversationId == conversationId && p.UserId == userId, ct);
        if (row is null)
        {
            db.Add(new ConversationParticipant { ConversationId = conversationId, UserId = userId, JoinedAt = now });
        }
        else
        {
            row.LeftAt = null;
            row.JoinedAt = now;
        }

        await db.SaveChangesAsync(ct);
        await PublishMembersChangedAsync(conversationId, [.. people, userId], me, ct);
    }

    /// <summary>Removes someone from a group (its creator or a manager only); they keep no access to it.</summary>
    public async Task RemoveMemberAsync(Guid conversationId, Guid userId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandGroupAdminAsync(db, conversationId, me, ct);
        var row = await db.Set<ConversationParticipant>()
            .SingleOrDefaultAsync(p => p.ConversationId == conversationId && p.UserId == userId && p.LeftAt == null, ct);
        if (row is null)
        {
            return;
        }

        var people = await ActiveParticipantsAsync(db, conversationId, ct);
        if (people.Count <= 2)
        {
            throw new MessagingRuleException("A group needs at least two members.");
        }

        row.LeftAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await PublishMembersChangedAsync(conversationId, people, me, ct);
    }

    /// <summary>
    /// Finds or starts the conversation about a case: the technicians assigned to its stages, the case's dentist
    /// (their portal account) and the caller take part. A dentist reaches only their own cases; lab staff need
    /// <c>cases.view</c>. Returns the conversation id (link target: <c>/messages/case/{caseNumber}</c>).
    /// </summary>
    public async Task<Guid> OpenCaseConversationAsync(string caseNumber, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.MessagesUse, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var iAmDentist = await IsDentistAsync(ct);
        IQueryable<Case> cases;
        if (iAmDentist)
        {
            cases = await dentistScope.CasesAsync(db, ct);
        }
        else
        {
            await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
            cases = db.Set<Case>();
        }

        var found = await cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber)
            .Select(c => new
            {
                c.Id,
                c.CaseNumber,
                DentistUser = c.Dentist!.UserId,
                Technicians = c.Stages.Where(s => s.AssignedToId != null).Select(s => s.AssignedToId!.Value).Distinct().ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            if (iAmDentist)
            {
                dentistScope.LogRefused("case conversation", caseNumber);
            }

            throw new ConversationNotFoundException();
        }

        List<Guid> people = [me, .. found.Technicians, .. await CaseFollowersAsync(db, found.Id, ct)];
        if (found.DentistUser is { } dentistUser)
        {
            people.Add(dentistUser);
        }

        people = people.Distinct().ToList();
        var conversationId = await db.Set<Conversation>().Where(c => c.Type == ConversationType.Case && c.CaseId == found.Id)
            .OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (conversationId is null)
        {
            return await CreateAsync(db, ConversationType.Case, found.CaseNumber, found.Id, me, people, ct);
        }

        var present = await db.Set<ConversationParticipant>().Where(p => p.ConversationId == conversationId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var changed = false;
        // One dentist: the case's. A previous dentist of the case (it was moved to another) leaves for good.
        var presentIds = present.Select(p => p.UserId).ToList();
        var portalUsers = await db.IdsGranted(PermissionCodes.PortalAccess).Where(id => presentIds.Contains(id)).ToListAsync(ct);
        var removed = new List<Guid>();
        foreach (var stale in present.Where(p => p.LeftAt == null && portalUsers.Contains(p.UserId) && p.UserId != found.DentistUser))
        {
            stale.LeftAt = now;
            removed.Add(stale.UserId);
            changed = true;
        }

        foreach (var person in people)
        {
            var row = present.FirstOrDefault(p => p.UserId == person);
            if (row is null)
            {
                db.Add(new ConversationParticipant { ConversationId = conversationId.Value, UserId = person, JoinedAt = now });
                changed = true;
            }
            else if (row.LeftAt is not null && person == me)
            {
                row.LeftAt = null;
                row.JoinedAt = now;
                changed = true;
            }
        }

        if (changed)
        {
            await db.SaveChangesAsync(ct);
            await PublishMembersChangedAsync(conversationId.Value, [.. people, .. removed], me, ct);
        }

        return conversationId.Value;
    }

    private async Task<Guid> CreateAsync(
        LabDbContext db, ConversationType type, string? title, Guid? caseId, Guid me, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var conversation = new Conversation { Type = type, Title = title, CaseId = caseId, CreatedById = me };
        foreach (var person in people)
        {
            conversation.Participants.Add(new ConversationParticipant { UserId = person, JoinedAt = now, IsAdmin = person == me });
        }

        db.Add(conversation);
        await db.SaveChangesAsync(ct);
        await PublishMembersChangedAsync(conversation.Id, people, me, ct);
        return conversation.Id;
    }

    /// <summary>
    /// Everyone must be an active user with messages.use, and no conversation holds two dentists (a dentist talks
    /// to lab staff only).
    /// </summary>
    private static async Task CheckPeopleAsync(LabDbContext db, IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        var portalUsers = db.IdsGranted(PermissionCodes.PortalAccess);
        var found = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id) && u.IsActive)
            .Select(u => new
            {
                u.Id,
                IsDentist = portalUsers.Contains(u.Id),
            })
            .ToListAsync(ct);
        var canMessage = await db.UsersHolding(PermissionCodes.MessagesUse).Where(u => people.Contains(u.Id)).CountAsync(ct);
        if (found.Count != people.Count || canMessage != people.Count)
        {
            throw new MessagingRuleException("Someone you chose cannot take part in conversations.");
        }

        if (found.Count(f => f.IsDentist) > 1)
        {
            throw new MessagingRuleException("Dentists can only talk with the lab's staff, not with other dentists.");
        }
    }

    private async Task DemandGroupAdminAsync(LabDbContext db, Guid conversationId, Guid me, CancellationToken ct)
    {
        await EnsureParticipantAsync(db, conversationId, me, ct);
        var conversation = await db.Set<Conversation>().AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => new { c.Type, c.CreatedById }).SingleAsync(ct);
        if (conversation.Type != ConversationType.Group)
        {
            throw new MessagingRuleException("Members can only be changed in group conversations.");
        }

        if (conversation.CreatedById != me && !await IsGroupModeratorAsync(ct))
        {
            throw new MessagingRuleException("Only the group's creator or someone who manages staff can change its members.");
        }
    }

    /// <summary>A dentist, for the messaging rules, is a portal user (portal.access), whatever their role is called.</summary>
    private Task<bool> IsDentistAsync(CancellationToken ct) => currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct);

    private async Task PublishMembersChangedAsync(Guid conversationId, IEnumerable<Guid> people, Guid me, CancellationToken ct)
    {
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForConversation(conversationId), LiveKinds.ConversationMembers, conversationId.ToString(), me), ct);
        foreach (var person in people.Distinct())
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForUser(person), LiveKinds.ConversationMembers, conversationId.ToString(), me), ct);
        }
    }
}
