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

/// <summary>The result of a change: empty when it worked, else messages by field ("" for the form as a whole).</summary>
public sealed class ChangeResult
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool Succeeded => Errors.Count == 0;

    public static ChangeResult Ok() => new();

    public static ChangeResult Fail(string field, string message)
    {
        var result = new ChangeResult();
        result.Errors[field] = message;
        return result;
    }

    public string? For(string field) => Errors.GetValueOrDefault(field);
}
