namespace DentalLab.Data.Entities;

/// <summary>A direct, group or per-case thread of messages between users (staff and dentists).</summary>
public class Conversation : Entity, ISoftDeletable
{
    public ConversationType Type { get; set; }

    /// <summary>Required for group conversations; direct and case threads take their name from the other side.</summary>
    public string? Title { get; set; }

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    public Guid? CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    public DateTimeOffset? LastMessageAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<ConversationParticipant> Participants { get; set; } = [];

    public ICollection<Message> Messages { get; set; } = [];
}
