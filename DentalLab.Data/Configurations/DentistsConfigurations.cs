using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class DentistProfileConfiguration : IEntityTypeConfiguration<DentistProfile>
{
    public void Configure(EntityTypeBuilder<DentistProfile> b)
    {
        b.ToTable("dentist_profiles", t =>
        {
            t.HasCheckConstraint("ck_dentist_profiles_discount_percent_range", "discount_percent >= 0 AND discount_percent <= 100");
            t.HasCheckConstraint("ck_dentist_profiles_email", "position('@' in email) > 1");
            t.HasCheckConstraint("ck_dentist_profiles_billing_email", "billing_email IS NULL OR position('@' in billing_email) > 1");
            t.HasCheckConstraint("ck_dentist_profiles_names_not_empty", "btrim(practice_name) <> '' AND btrim(dentist_name) <> ''");
        });

        b.Property(d => d.PracticeName).HasMaxLength(200);
        b.Property(d => d.DentistName).HasMaxLength(200);
        b.Property(d => d.LicenseNumber).HasMaxLength(50);
        b.Property(d => d.LicenseRegion).HasMaxLength(100);
        b.Property(d => d.Email).HasMaxLength(256);
        b.Property(d => d.Phone).HasMaxLength(50);
        b.Property(d => d.BillingEmail).HasMaxLength(256);
        b.Property(d => d.AddressLine1).HasMaxLength(200);
        b.Property(d => d.AddressLine2).HasMaxLength(200);
        b.Property(d => d.City).HasMaxLength(100);
        b.Property(d => d.Region).HasMaxLength(100);
        b.Property(d => d.PostalCode).HasMaxLength(20);
        b.Property(d => d.Country).HasMaxLength(100);
        b.Property(d => d.DiscountPercent).HasPrecision(5, 2);
        b.Property(d => d.Notes).HasMaxLength(2000);
        b.Ignore(d => d.InvoiceEmail);

        // One profile per portal account (the one-to-one adds the unique index on user_id).
        b.HasOne(d => d.User).WithOne().HasForeignKey<DentistProfile>(d => d.UserId).OnDelete(DeleteBehavior.SetNull);

        // A licence number is unique within its issuing region; a deleted profile frees it for a new one.
        b.HasIndex(d => new { d.LicenseNumber, d.LicenseRegion }).IsUnique().HasFilter("deleted_at IS NULL");
        b.HasIndex(d => d.Status);
        b.HasIndex(d => d.PracticeName);
        b.HasIndex(d => d.DentistName);
        b.HasIndex(d => d.Email);
    }
}

internal sealed class DentistApplicationConfiguration : IEntityTypeConfiguration<DentistApplication>
{
    public void Configure(EntityTypeBuilder<DentistApplication> b)
    {
        b.ToTable("dentist_applications", t =>
        {
            t.HasCheckConstraint("ck_dentist_applications_email_lower_case", "email = lower(email) AND position('@' in email) > 1");
            t.HasCheckConstraint("ck_dentist_applications_volume_not_negative", "expected_monthly_volume >= 0");
            t.HasCheckConstraint("ck_dentist_applications_reviewed", "status = 'pending' OR (reviewed_at IS NOT NULL)");
            t.HasCheckConstraint("ck_dentist_applications_rejection_reason", "status <> 'rejected' OR rejection_reason IS NOT NULL");
            t.HasCheckConstraint("ck_dentist_applications_names_not_empty", "btrim(practice_name) <> '' AND btrim(dentist_name) <> ''");
        });

        b.Property(a => a.PracticeName).HasMaxLength(200);
        b.Property(a => a.DentistName).HasMaxLength(200);
        b.Property(a => a.LicenseNumber).HasMaxLength(50);
        b.Property(a => a.LicenseRegion).HasMaxLength(100);
        b.Property(a => a.Email).HasMaxLength(256);
        b.Property(a => a.Phone).HasMaxLength(50);
        b.Property(a => a.AddressLine1).HasMaxLength(200);
        b.Property(a => a.AddressLine2).HasMaxLength(200);
        b.Property(a => a.City).HasMaxLength(100);
        b.Property(a => a.Region).HasMaxLength(100);
        b.Property(a => a.PostalCode).HasMaxLength(20);
        b.Property(a => a.Country).HasMaxLength(100);
        b.Property(a => a.Message).HasMaxLength(4000);
        b.Property(a => a.RejectionReason).HasMaxLength(1000);
        b.Property(a => a.SubmittedFromIp).HasMaxLength(64);

        b.HasOne(a => a.ReviewedBy).WithMany().HasForeignKey(a => a.ReviewedById).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(a => a.CreatedDentist).WithMany().HasForeignKey(a => a.CreatedDentistId).OnDelete(DeleteBehavior.SetNull);

        // One pending application per address (emails are stored lower-case, so this is case-insensitive).
        b.HasIndex(a => a.Email).IsUnique().HasFilter("status = 'pending'");
        b.HasIndex(a => new { a.LicenseNumber, a.LicenseRegion });
        b.HasIndex(a => new { a.Status, a.CreatedAt });
    }
}
