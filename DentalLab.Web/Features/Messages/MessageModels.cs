using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Messages;

public sealed record ConversationSummary(
    Guid Id, ConversationType Type, string Title, DateTimeOffset? LastMessageAt, string? LastMessagePreview, int Unread);

public sealed record ParticipantInfo(Guid UserId, string Name, bool IsDentist, DateTimeOffset? LastReadSentAt);

public sealed record ConversationDetail(
    Guid Id, ConversationType Type, string Title, string? CaseNumber, Guid? CreatedById, bool CanManageMembers,
    IReadOnlyList<ParticipantInfo> Participants);

public sealed record MessageItem(
    Guid Id, Guid SenderId, string SenderName, string Body, DateTimeOffset SentAt, DateTimeOffset? EditedAt, bool IsDeleted);

/// <summary>One keyset page of a thread, oldest first; <see cref="HasOlder"/> when there is more before it.</summary>
public sealed record MessagePage(IReadOnlyList<MessageItem> Items, bool HasOlder);

public sealed record ContactItem(Guid Id, string Name, string Email, bool IsDentist);

/// <summary>A conversation that does not exist for the caller (also what a non-participant is told).</summary>
public sealed class ConversationNotFoundException() : Exception("This conversation does not exist or you are not taking part in it.");

/// <summary>A messaging rule refused the request; <see cref="Exception.Message"/> is shown to the user.</summary>
public sealed class MessagingRuleException(string message) : Exception(message);
