using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> b)
    {
        b.ToTable("appointments", t =>
        {
            t.HasCheckConstraint("ck_appointments_ends_after_starts", "ends_at > starts_at");
            t.HasCheckConstraint("ck_appointments_attendee_ids_array", "jsonb_typeof(attendee_ids) = 'array'");
        });
        b.Property(a => a.Title).HasMaxLength(200).IsRequired();
        b.Property(a => a.Location).HasMaxLength(200);
        b.Property(a => a.Description).HasMaxLength(4000);
        b.Property(a => a.AttendeeIds).HasColumnType("jsonb").IsRequired();
        b.Property(a => a.Version).IsRowVersion();
        b.HasOne(a => a.Case).WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(a => a.Dentist).WithMany().HasForeignKey(a => a.DentistId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(a => a.Department).WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(a => a.Organizer).WithMany().HasForeignKey(a => a.OrganizerId).OnDelete(DeleteBehavior.SetNull);
        // Calendar range queries: WHERE starts_at < @to AND ends_at > @from.
        b.HasIndex(a => new { a.StartsAt, a.EndsAt });
        b.HasIndex(a => new { a.Type, a.StartsAt });
        b.HasIndex(a => a.CaseId);
        b.HasIndex(a => a.DentistId);
        b.HasIndex(a => a.DepartmentId);
        b.HasIndex(a => a.OrganizerId);
        // "My appointments": attendee_ids @> '["<user id>"]'.
        b.HasIndex(a => a.AttendeeIds).HasMethod("gin");
    }
}

internal sealed class AppointmentReminderConfiguration : IEntityTypeConfiguration<AppointmentReminder>
{
    public void Configure(EntityTypeBuilder<AppointmentReminder> b)
    {
        b.ToTable("appointment_reminders");
        b.HasOne(r => r.Appointment).WithMany().HasForeignKey(r => r.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_appointment_reminders_users_user_id");
        // The claim: INSERT ... ON CONFLICT DO NOTHING on this key sends each reminder once.
        b.HasIndex(r => new { r.AppointmentId, r.UserId, r.StartsAt }).IsUnique();
        b.HasIndex(r => r.UserId);
    }
}

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> b)
    {
        b.ToTable("calendar_feed_tokens", t => t.HasCheckConstraint("ck_calendar_feed_tokens_hash_hex", "token_hash ~ '^[0-9a-f]{64}$'"));
        b.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        b.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.TokenHash).IsUnique();
        // At most one live feed per user.
        b.HasIndex(t => t.UserId).IsUnique().HasFilter("revoked_at IS NULL").HasDatabaseName("ux_calendar_feed_tokens_live_user");
    }
}
