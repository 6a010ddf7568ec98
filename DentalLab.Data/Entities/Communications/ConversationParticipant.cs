namespace DentalLab.Data.Entities;

/// <summary>A user's membership of a conversation, with how far they have read.</summary>
public class ConversationParticipant : Entity
{
    public Guid ConversationId { get; set; }

    public Conversation? Conversation { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public DateTimeOffset? LeftAt { get; set; }

    public DateTimeOffset? LastReadAt { get; set; }

    public Guid? LastReadMessageId { get; set; }

    public Message? LastReadMessage { get; set; }

    public bool IsAdmin { get; set; }

    public bool Muted { get; set; }

    public bool IsActive => LeftAt is null;
}
