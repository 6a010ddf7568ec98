using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data.Configurations;

/// <summary>
/// The database sequences behind business numbers. An IEntityTypeConfiguration cannot reach the ModelBuilder, so
/// OnModelCreating calls <see cref="Configure"/>.
/// </summary>
internal static class Sequences
{
    public const string CaseNumber = "case_number_seq";
    public const string InvoiceNumber = "invoice_number_seq";

    /// <summary>
    /// <c>DL-{year}-{000000}</c>. The FM9…0 format pads to six digits and grows past them instead of truncating
    /// (lpad would cut 1000000 to 100000 and collide). The year is now()'s in the session time zone.
    /// </summary>
    public const string CaseNumberDefaultSql =
        "'DL-' || to_char(now(), 'YYYY') || '-' || to_char(nextval('" + CaseNumber + "'), 'FM999999000000')";

    /// <summary><c>INV-{year}-{00000}</c>, padded the same way as case numbers.</summary>
    public const string InvoiceNumberDefaultSql =
        "'INV-' || to_char(now(), 'YYYY') || '-' || to_char(nextval('" + InvoiceNumber + "'), 'FM9999999900000')";

    public static void Configure(ModelBuilder builder)
    {
        builder.HasSequence<long>(CaseNumber);
        builder.HasSequence<long>(InvoiceNumber);
    }
}
