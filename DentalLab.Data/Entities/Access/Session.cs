namespace DentalLab.Data.Entities;

/// <summary>A server-side sign-in session; the auth cookie only carries its id.</summary>
public class Session : Entity
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The absolute end of the session, whatever the activity.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }

    public bool IsActiveAt(DateTimeOffset now, TimeSpan idleTimeout) =>
        RevokedAt is null && now < ExpiresAt && now - LastSeenAt < idleTimeout;
}
