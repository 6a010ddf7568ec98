using System.Security.Claims;
using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>How long sessions live: idle timeout and absolute lifetime (configuration section Auth).</summary>
public sealed class SessionOptions
{
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>When above zero, the idle timeout in seconds instead (tests of the timeout use a few seconds).</summary>
    public int IdleTimeoutSeconds { get; set; }

    public int AbsoluteLifetimeHours { get; set; } = 12;

    /// <summary>How often an open interactive page re-checks its session (deactivation reaches it within this).</summary>
    public int RevalidationSeconds { get; set; } = 30;

    public TimeSpan IdleTimeout => IdleTimeoutSeconds > 0 ? TimeSpan.FromSeconds(IdleTimeoutSeconds) : TimeSpan.FromMinutes(IdleTimeoutMinutes);

    /// <summary>Activity is written at most this often per session: a minute, or a tenth of a shorter idle timeout.</summary>
    public TimeSpan TouchEvery => IdleTimeout / 10 < TimeSpan.FromMinutes(1) ? IdleTimeout / 10 : TimeSpan.FromMinutes(1);

    public TimeSpan AbsoluteLifetime => TimeSpan.FromHours(AbsoluteLifetimeHours);
}

/// <summary>
/// Server-side sessions in the sessions table. The auth cookie carries the session id; a session ends on
/// sign-out, after the idle timeout, after the absolute lifetime, or when the user is deactivated.
/// </summary>
public sealed class SessionService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<SessionOptions> options)
{
    private TimeSpan TouchEvery => options.Value.TouchEvery;

    public async Task<Guid> StartAsync(Guid userId, string? ipAddress, string? userAgent, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await CreateAsync(scope, ct);
        var now = clock.GetUtcNow();
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime,
            IpAddress = ipAddress,
            UserAgent = userAgent is { Length: > 500 } ? userAgent[..500] : userAgent,
        };
        db.Sessions.Add(session);
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        user.LastSignInAt = now;
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>True while the principal's session is alive and its user active; records activity when asked.</summary>
    public async Task<bool> ValidateAsync(ClaimsPrincipal principal, bool recordActivity, CancellationToken ct = default)
    {
        if (!Guid.TryParse(principal.FindFirstValue(CurrentUser.SessionClaim), out var sessionId))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        await using var db = await CreateAsync(scope, ct);
        var now = clock.GetUtcNow();
        var row = await db.Sessions
            .Where(s => s.Id == sessionId)
            .Select(s => new { Session = s, s.User!.IsActive, UserDeleted = s.User.DeletedAt != null })
            .SingleOrDefaultAsync(ct);
        if (row is null || !row.IsActive || row.UserDeleted || !row.Session.IsActiveAt(now, options.Value.IdleTimeout))
        {
            if (row is { Session.RevokedAt: null })
            {
                await EndAsync(db, sessionId, now, row.IsActive ? "expired" : "user deactivated", ct);
            }

            return false;
        }

        if (recordActivity && now - row.Session.LastSeenAt >= TouchEvery)
        {
            await db.Sessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.UpdatedAt, now), ct);
        }

        return true;
    }

    /// <summary>Records activity from an interactive page (circuits make no HTTP requests to slide the cookie).</summary>
    public async Task TouchAsync(Guid sessionId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await CreateAsync(scope, ct);
        var now = clock.GetUtcNow();
        await db.Sessions.Where(s => s.Id == sessionId && s.RevokedAt == null && s.LastSeenAt < now - TouchEvery)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.UpdatedAt, now), ct);
    }

    public async Task EndAsync(ClaimsPrincipal principal, string reason, CancellationToken ct = default)
    {
        if (Guid.TryParse(principal.FindFirstValue(CurrentUser.SessionClaim), out var sessionId))
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var db = await CreateAsync(scope, ct);
            await EndAsync(db, sessionId, clock.GetUtcNow(), reason, ct);
        }
    }

    /// <summary>Ends every open session of a user (deactivation, password reset).</summary>
    public async Task EndAllAsync(Guid userId, string reason, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await CreateAsync(scope, ct);
        var now = clock.GetUtcNow();
        await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason).SetProperty(s => s.UpdatedAt, now), ct);
    }

    /// <summary>Ends every open session of a user but <paramref name="keep"/> (a password or two-step change); returns how many ended.</summary>
    public async Task<int> EndOthersAsync(Guid userId, Guid? keep, string reason, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await CreateAsync(scope, ct);
        var now = clock.GetUtcNow();
        return await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason).SetProperty(s => s.UpdatedAt, now), ct);
    }

    private static Task EndAsync(LabDbContext db, Guid sessionId, DateTimeOffset now, string reason, CancellationToken ct) =>
        db.Sessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason).SetProperty(s => s.UpdatedAt, now), ct);

    private static Task<LabDbContext> CreateAsync(AsyncServiceScope scope, CancellationToken ct) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync(ct);
}
