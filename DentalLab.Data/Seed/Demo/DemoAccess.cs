using System.Security.Cryptography;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>
/// Sign-in history that is already over: today's sessions, signed out, and a password reset that was used.
/// Nothing here can sign anyone in (sessions are revoked, token hashes come from random bytes nobody kept).
/// </summary>
internal static class DemoAccess
{
    private static readonly string[] _agents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    ];

    public static void AddSessionsAndResets(LabDbContext db, DemoWorld world, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        // The database checks expires_at > created_at when the row is inserted (created_at = now then), so only
        // sessions and tokens that would still be within their lifetime now can be written; they are over anyway.
        foreach (var (userId, _, role) in world.Users)
        {
            var started = world.Now.AddMinutes(-world.Between(60, 480));
            var lastSeen = started.AddMinutes(world.Between(5, 50));
            var session = new Session
            {
                UserId = userId,
                LastSeenAt = lastSeen,
                ExpiresAt = started.AddHours(12),
                RevokedAt = lastSeen,
                RevokedReason = "signed_out",
                IpAddress = role == UserRole.Dentist ? $"198.51.100.{world.Between(1, 254)}" : $"10.20.0.{world.Between(10, 99)}",
                UserAgent = world.Pick(_agents),
            };
            db.Add(session);
            backdated.Add((session, started));
        }

        var requested = world.Now.AddMinutes(-world.Between(20, 40));
        var token = new PasswordResetToken
        {
            UserId = world.FrontDeskId,
            TokenHash = Convert.ToHexStringLower(SHA256.HashData(RandomNumberGenerator.GetBytes(32))),
            ExpiresAt = requested.AddHours(1),
            UsedAt = requested.AddMinutes(4),
            RequestedFromIp = "10.20.0.31",
        };
        db.Add(token);
        backdated.Add((token, requested));
    }
}
