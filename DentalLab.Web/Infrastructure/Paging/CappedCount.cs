using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Paging;

/// <summary>
/// Long lists count their matches only up to <see cref="Cap"/> and say "10,000+" beyond: an exact count of a million
/// rows costs a scan on every page, and nobody pages through ten thousand of anything (they narrow the filter).
/// </summary>
public static class CappedCount
{
    public const int Cap = 10_000;

    /// <summary>The number of rows, exact up to <see cref="Cap"/>, and <see cref="Cap"/> + 1 beyond.</summary>
    public static Task<int> CountAsync<T>(IQueryable<T> rows, CancellationToken ct) => rows.Take(Cap + 1).CountAsync(ct);

    public static bool IsCapped(int total) => total > Cap;

    /// <summary>"1 entry", "1,234 entries", "10,000+ entries".</summary>
    public static string Label(int total, string one, string many) => IsCapped(total)
        ? $"{Cap.ToString("N0", CultureInfo.InvariantCulture)}+ {many}"
        : $"{total.ToString("N0", CultureInfo.InvariantCulture)} {(total == 1 ? one : many)}";
}
