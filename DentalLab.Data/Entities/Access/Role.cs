using Microsoft.AspNetCore.Identity;

namespace DentalLab.Data.Entities;

/// <summary>
/// A role: one of the five built-in ones (<see cref="Code"/> set) or a custom role an admin created (no code);
/// it carries the permissions in role_permissions.
/// </summary>
public class Role : IdentityRole<Guid>, ITimestamped, IAudited
{
    /// <summary>The built-in role this is; null for a custom role (built-ins can be edited, not deleted).</summary>
    public UserRole? Code { get; set; }

    public string Description { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ICollection<RolePermission> Permissions { get; set; } = [];
}

/// <summary>Identity's user-role link; a unique index on the user makes it one role per user. Audited: a role change is a grant change.</summary>
public class UserRoleLink : IdentityUserRole<Guid>, IAudited
{
    public User? User { get; set; }

    public Role? Role { get; set; }
}
