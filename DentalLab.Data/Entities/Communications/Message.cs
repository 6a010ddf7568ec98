namespace DentalLab.Data.Entities;

/// <summary>
/// One message in a conversation. Deleting stamps deleted_at and keeps the row, so the thread shows
/// "message deleted" in its place (and replies keep their target): hence no <see cref="ISoftDeletable"/> filter.
/// </summary>
public class Message : Entity, IAudited
{
    public Guid ConversationId { get; set; }

    public Conversation? Conversation { get; set; }

    public Guid SenderId { get; set; }

    public User? Sender { get; set; }

    public string Body { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? ReplyToId { get; set; }

    public Message? ReplyTo { get; set; }

    public bool IsDeleted => DeletedAt is not null;
}
