using System.Collections.Concurrent;
using DentalLab.Data;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// A user's permissions, read from user_roles → role_permissions and cached briefly, so an admin's change to
/// a role or a user's role takes effect within <see cref="CacheFor"/> without a deploy or a new sign-in — at once
/// when the change is published as <see cref="LiveKinds.AccessChanged"/>: every instance that hears it (through
/// the postgres live transport when there are several) forgets its cache.
/// </summary>
public sealed class PermissionRegistry
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset At, IReadOnlySet<string> Codes)> _cache = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;

    public PermissionRegistry(IServiceScopeFactory scopes, TimeProvider clock, LiveEventBus? bus = null)
    {
        _scopes = scopes;
        _clock = clock;
        // Lives as long as the app (a singleton): the subscription is never disposed.
        bus?.Subscribe(LiveEvent.Access, _ =>
        {
            Invalidate();
            return Task.CompletedTask;
        });
    }

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(Guid userId, CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        if (_cache.TryGetValue(userId, out var hit) && now - hit.At < CacheFor)
        {
            return hit.Codes;
        }

        await using var scope = _scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync(ct);
        var codes = await (
                from user in db.Users
                where user.Id == userId && user.IsActive
                from link in user.RoleLinks
                from grant in db.RolePermissions
                where grant.RoleId == link.RoleId
                select grant.Permission!.Code)
            .ToListAsync(ct);
        IReadOnlySet<string> set = codes.ToHashSet(StringComparer.Ordinal);
        _cache[userId] = (now, set);
        return set;
    }

    /// <summary>Forgets cached permissions (after a role or grant change in this instance).</summary>
    public void Invalidate(Guid? userId = null)
    {
        if (userId is null)
        {
            _cache.Clear();
        }
        else
        {
            _cache.TryRemove(userId.Value, out _);
        }
    }
}
