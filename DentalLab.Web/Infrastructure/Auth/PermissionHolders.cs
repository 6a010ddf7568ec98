using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>"The users who hold permission X": the one query for who to notify or who may be assigned.</summary>
public static class PermissionHolders
{
    /// <summary>Active users whose role grants <paramref name="permission"/> (a query: add filters, then project).</summary>
    public static IQueryable<User> UsersHolding(this LabDbContext db, string permission) =>
        db.Users.Where(u => u.IsActive && u.RoleLinks.Any(l => l.Role!.Permissions.Any(p => p.Permission!.Code == permission)));

    /// <summary>
    /// The ids of every user, active or not, whose role grants <paramref name="permission"/>: a sub-query to use inside
    /// another query (<c>db.IdsGranted(PermissionCodes.PortalAccess).Contains(p.UserId)</c> — "is a portal user"),
    /// so rules follow permissions, never role names.
    /// </summary>
    public static IQueryable<Guid> IdsGranted(this LabDbContext db, string permission) =>
        db.Users.Where(u => u.RoleLinks.Any(l => l.Role!.Permissions.Any(p => p.Permission!.Code == permission))).Select(u => u.Id);

    /// <summary>The ids of <see cref="UsersHolding"/>.</summary>
    public static Task<List<Guid>> UserIdsHoldingAsync(this LabDbContext db, string permission, CancellationToken ct = default) =>
        db.UsersHolding(permission).Select(u => u.Id).ToListAsync(ct);
}
