using System.Net.Mail;

namespace DentalLab.Web.Infrastructure.Text;

/// <summary>Small rules for what people type, shared by every form's server-side validation.</summary>
public static class TextInput
{
    /// <summary>Trimmed text, or null for empty/blank input (optional fields are stored as NULL).</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A single plain address such as name@example.com (no display names, no lists).</summary>
    public static bool IsEmailAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var parsed) && parsed.Address == value.Trim();

    /// <summary>An ILIKE pattern that finds <paramref name="search"/> anywhere, its own % and _ taken literally.</summary>
    public static string ContainsPattern(string search) =>
        "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
