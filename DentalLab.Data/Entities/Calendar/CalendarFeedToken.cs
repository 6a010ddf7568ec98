namespace DentalLab.Data.Entities;

/// <summary>
/// A user's personal iCalendar feed: only the SHA-256 of the random token is stored (the token itself is shown once,
/// in the feed address). Revoked tokens stay for the audit trail and answer "not found".
/// </summary>
public class CalendarFeedToken : Entity, IAudited
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
