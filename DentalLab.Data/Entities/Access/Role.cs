using Microsoft.AspNetCore.Identity;

namespace DentalLab.Data.Entities;

/// <summary>One of the five built-in roles; it carries the permissions in role_permissions.</summary>
public class Role : IdentityRole<Guid>, ITimestamped, IAudited
{
    public UserRole Code { get; set; }

    public string Description { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ICollection<RolePermission> Permissions { get; set; } = [];
}

/// <summary>Identity's user-role link; a unique index on the user makes it one role per user.</summary>
public class UserRoleLink : IdentityUserRole<Guid>
{
    public User? User { get; set; }

    public Role? Role { get; set; }
}
