using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Messages;

/// <summary>
/// Who at the lab hears about a case's conversation, and the notification each message sends. A dentist's message
/// about a case that nobody has been assigned to yet must still reach someone: the lab's managers stand in until a
/// technician is assigned.
/// </summary>
public sealed partial class MessageService
{
    /// <summary>
    /// The lab people who follow a case: the technicians assigned to its stages and the staff member who entered it;
    /// when there is none of either, the active users who assign the lab's work (workflow.assign: the case desk).
    /// </summary>
    private static async Task<List<Guid>> CaseFollowersAsync(LabDbContext db, Guid caseId, CancellationToken ct)
    {
        var followers = await db.Set<WorkflowStage>().Where(s => s.CaseId == caseId && s.AssignedToId != null)
            .Select(s => s.AssignedToId!.Value).Distinct().ToListAsync(ct);
        var portalUsers = db.IdsGranted(PermissionCodes.PortalAccess);
        var enteredBy = await db.Set<Case>().Where(c => c.Id == caseId && c.CreatedById != null)
            .Where(c => c.CreatedBy!.IsActive && !portalUsers.Contains(c.CreatedById!.Value))
            .Select(c => c.CreatedById!.Value).ToListAsync(ct);
        followers = followers.Union(enteredBy).ToList();
        if (followers.Count == 0)
        {
            followers = await db.UserIdsHoldingAsync(PermissionCodes.WorkflowAssign, ct);
        }

        return followers;
    }

    /// <summary>
    /// Before a message in a case conversation is delivered: the case's followers take part (a technician assigned
    /// since the conversation started joins it). Returns the case number, or null for other conversations.
    /// </summary>
    private async Task<string?> JoinCaseFollowersAsync(LabDbContext db, Guid conversationId, Guid me, CancellationToken ct)
    {
        var conversation = await db.Set<Conversation>().AsNoTracking().Where(c => c.Id == conversationId && c.Type == ConversationType.Case && c.CaseId != null)
            .Select(c => new { CaseId = c.CaseId!.Value, c.Case!.CaseNumber }).SingleOrDefaultAsync(ct);
        if (conversation is null)
        {
            return null;
        }

        var present = await db.Set<ConversationParticipant>().Where(p => p.ConversationId == conversationId).Select(p => p.UserId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var joining = (await CaseFollowersAsync(db, conversation.CaseId, ct)).Except(present).ToList();
        if (joining.Count > 0)
        {
            db.AddRange(joining.Select(id => new ConversationParticipant { ConversationId = conversationId, UserId = id, JoinedAt = now }));
            await db.SaveChangesAsync(ct);
            await PublishMembersChangedAsync(conversationId, joining, me, ct);
        }

        return conversation.CaseNumber;
    }

    /// <summary>A notification for every other active, unmuted participant, linking to the conversation where each of them reads it.</summary>
    private async Task NotifyRecipientsAsync(LabDbContext db, Guid conversationId, string? caseNumber, Guid me, string body, CancellationToken ct)
    {
        var portalUsers = db.IdsGranted(PermissionCodes.PortalAccess);
        var recipients = await db.Set<ConversationParticipant>()
            .Where(p => p.ConversationId == conversationId && p.LeftAt == null && !p.Muted && p.UserId != me)
            .Select(p => new { p.UserId, IsDentist = portalUsers.Contains(p.UserId) })
            .ToListAsync(ct);
        if (recipients.Count == 0)
        {
            return;
        }

        var sender = await db.Users.Where(u => u.Id == me).Select(u => u.FullName).SingleAsync(ct);
        var title = caseNumber is null ? $"Message from {sender}" : $"Message from {sender} about {caseNumber}";
        var text = body.Length > 200 ? body[..200] + "…" : body;
        var data = new { conversationId, caseNumber };
        await notifications.NotifyManyAsync(recipients.Where(r => !r.IsDentist).Select(r => r.UserId).ToList(), NotificationType.Message, title, text,
            caseNumber is null ? $"/messages/{conversationId}" : $"/messages/case/{caseNumber}", data, ct);
        await notifications.NotifyManyAsync(recipients.Where(r => r.IsDentist).Select(r => r.UserId).ToList(), NotificationType.Message, title, text,
            $"/portal/messages/{conversationId}", data, ct);
    }
}
