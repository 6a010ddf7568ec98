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
/// <remarks>
/// A user whose role requires two-step sign-in (Auth:RequireTwoFactorForRoles) and who has not set it up holds no
/// permission at all until they have: every page but their own profile is "not found" and every service call is
/// refused, so "set it up before anything else" is enforced on the server, not by a redirect alone.
/// </remarks>
public sealed class PermissionRegistry
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset At, IReadOnlySet<string> Codes, bool RoleRequires, bool MustSetUp)> _cache = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly Microsoft.Extensions.Options.IOptionsMonitor<TwoFactorRequirementOptions> _twoFactor;

    public PermissionRegistry(IServiceScopeFactory scopes, TimeProvider clock,
        Microsoft.Extensions.Options.IOptionsMonitor<TwoFactorRequirementOptions> twoFactor, LiveEventBus? bus = null)
    {
        _scopes = scopes;
        _clock = clock;
        _twoFactor = twoFactor;
        // Lives as long as the app (a singleton): the subscription is never disposed.
        bus?.Subscribe(LiveEvent.Access, _ =>
        {
            Invalidate();
            return Task.CompletedTask;
        });
    }

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(Guid userId, CancellationToken ct = default) => (await LoadAsync(userId, ct)).Codes;

    /// <summary>True while the user's role requires two-step sign-in and they have not turned it on.</summary>
    public async Task<bool> MustSetUpTwoFactorAsync(Guid userId, CancellationToken ct = default) => (await LoadAsync(userId, ct)).MustSetUp;

    /// <summary>True when one of the user's roles requires two-step sign-in.</summary>
    public async Task<bool> RoleRequiresTwoFactorAsync(Guid userId, CancellationToken ct = default) => (await LoadAsync(userId, ct)).RoleRequires;

    private async Task<(DateTimeOffset At, IReadOnlySet<string> Codes, bool RoleRequires, bool MustSetUp)> LoadAsync(Guid userId, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        if (_cache.TryGetValue(userId, out var hit) && now - hit.At < CacheFor)
        {
            return hit;
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
        var required = _twoFactor.CurrentValue.Roles;
        var account = await db.Users.Where(u => u.Id == userId)
            .Select(u => new { u.TwoFactorEnabled, Roles = u.RoleLinks.Select(l => l.Role!.Code).ToList() })
            .SingleOrDefaultAsync(ct);
        var roleRequires = account is not null && account.Roles.Any(r => required.Contains(r.ToString(), StringComparer.OrdinalIgnoreCase));
        var mustSetUp = roleRequires && !account!.TwoFactorEnabled;
        IReadOnlySet<string> set = mustSetUp ? new HashSet<string>(StringComparer.Ordinal) : codes.ToHashSet(StringComparer.Ordinal);
        var entry = (now, set, roleRequires, mustSetUp);
        _cache[userId] = entry;
        return entry;
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
