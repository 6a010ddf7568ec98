using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Admin.Users;

public sealed record UserRow(
    Guid Id,
    string FullName,
    string Email,
    UserRole? Role,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset CreatedAt);

public sealed record UserQuery(string? Search, UserRole? Role, bool IncludeInactive, int Page, int PageSize);

public sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total);

public sealed class NewUserInput
{
    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public UserRole Role { get; set; } = UserRole.Technician;
}
