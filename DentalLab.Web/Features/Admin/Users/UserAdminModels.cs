using DentalLab.Data.Entities;
using DentalLab.Data.Seed;

namespace DentalLab.Web.Features.Admin.Users;

public sealed record UserRow(
    Guid Id,
    string FullName,
    string Email,
    Guid? RoleId,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset CreatedAt);

public sealed record UserQuery(string? Search, Guid? RoleId, bool IncludeInactive, int Page, int PageSize);

/// <summary>A role a user can be given: one of the five built-in ones or a custom role from /admin/roles.</summary>
public sealed record RoleOption(Guid Id, string Name);

public sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total);

public sealed class NewUserInput
{
    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>A built-in or custom role's id (technician unless chosen).</summary>
    public Guid RoleId { get; set; } = SeedData.RoleId(UserRole.Technician);
}
