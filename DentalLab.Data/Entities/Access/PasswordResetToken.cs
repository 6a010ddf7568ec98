namespace DentalLab.Data.Entities;

/// <summary>A single-use, expiring password reset (or invitation) link. Only the token's SHA-256 is stored.</summary>
public class PasswordResetToken : Entity
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public string? RequestedFromIp { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;
}
