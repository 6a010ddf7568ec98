using Microsoft.AspNetCore.Identity;

namespace DentalLab.Data.Entities;

/// <summary>A person who signs in: lab staff or a dentist. Identity's user over the <c>users</c> table.</summary>
public class User : IdentityUser<Guid>, ITimestamped, ISoftDeletable, IAudited
{
    public string FullName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset? DeactivatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public ICollection<UserRoleLink> RoleLinks { get; set; } = [];
}
