using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class StaffProfileConfiguration : IEntityTypeConfiguration<StaffProfile>
{
    public void Configure(EntityTypeBuilder<StaffProfile> b)
    {
        b.ToTable("staff_profiles", t =>
        {
            t.HasCheckConstraint("ck_staff_profiles_hourly_rate_non_negative", "hourly_rate IS NULL OR hourly_rate >= 0");
            t.HasCheckConstraint("ck_staff_profiles_skills_array", "jsonb_typeof(skills) = 'array'");
            t.HasCheckConstraint(
                "ck_staff_profiles_certifications_array",
                "certifications IS NULL OR jsonb_typeof(certifications) = 'array'");
        });
        b.Property(s => s.EmployeeNumber).HasMaxLength(32).IsRequired();
        b.Property(s => s.JobTitle).HasMaxLength(100).IsRequired();
        b.Property(s => s.HourlyRate).HasPrecision(12, 2);
        b.Property(s => s.Skills).HasColumnType("jsonb").IsRequired();
        b.Property(s => s.Certifications).HasColumnType("jsonb");
        b.Property(s => s.EmergencyContact).HasMaxLength(300);
        b.HasOne(s => s.User).WithOne().HasForeignKey<StaffProfile>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Department).WithMany(d => d.Staff).HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(s => s.UserId).IsUnique();
        b.HasIndex(s => s.EmployeeNumber).IsUnique();
        b.HasIndex(s => s.DepartmentId);
        b.HasIndex(s => s.EmploymentType);
        b.HasIndex(s => s.JobTitle);
        // Skill search: skills @> '["zirconia_milling"]'.
        b.HasIndex(s => s.Skills).HasMethod("gin");
    }
}

internal sealed class StaffScheduleConfiguration : IEntityTypeConfiguration<StaffSchedule>
{
    public void Configure(EntityTypeBuilder<StaffSchedule> b)
    {
        b.ToTable("staff_schedules", t =>
        {
            t.HasCheckConstraint("ck_staff_schedules_day_of_week_range", "day_of_week BETWEEN 0 AND 6");
            t.HasCheckConstraint("ck_staff_schedules_end_after_start", "end_time > start_time");
            t.HasCheckConstraint("ck_staff_schedules_effective_range", "effective_to IS NULL OR effective_to >= effective_from");
        });
        b.Property(s => s.DayOfWeek).HasConversion<short>().HasColumnType("smallint");
        b.HasOne(s => s.Staff).WithMany(p => p.Schedules).HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Cascade);
        // A day may have two entries (a split shift, e.g. 07:00-11:00 and 13:00-17:00); the service refuses overlaps.
        b.HasIndex(s => new { s.StaffId, s.DayOfWeek, s.EffectiveFrom, s.StartTime }).IsUnique();
        // Who works on a given weekday (rota view).
        b.HasIndex(s => new { s.DayOfWeek, s.EffectiveFrom });
    }
}

internal sealed class StaffAbsenceConfiguration : IEntityTypeConfiguration<StaffAbsence>
{
    public void Configure(EntityTypeBuilder<StaffAbsence> b)
    {
        b.ToTable("staff_absences", t =>
        {
            t.HasCheckConstraint("ck_staff_absences_range", "ends_on >= starts_on");
            t.HasCheckConstraint("ck_staff_absences_kind", "kind IN ('vacation', 'sick', 'training')");
        });
        b.Property(a => a.Kind).HasConversion(
            k => k == AbsenceKind.Vacation ? "vacation" : k == AbsenceKind.Sick ? "sick" : "training",
            v => v == "vacation" ? AbsenceKind.Vacation : v == "sick" ? AbsenceKind.Sick : AbsenceKind.Training)
            .HasMaxLength(16);
        b.Property(a => a.Note).HasMaxLength(500);
        b.HasOne(a => a.Staff).WithMany(p => p.Absences).HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.SetNull);
        // Who is away on a day (roster, on shift now).
        b.HasIndex(a => new { a.StaffId, a.StartsOn });
        b.HasIndex(a => new { a.StartsOn, a.EndsOn });
    }
}

internal sealed class PerformanceReviewConfiguration : IEntityTypeConfiguration<PerformanceReview>
{
    public void Configure(EntityTypeBuilder<PerformanceReview> b)
    {
        b.ToTable("performance_reviews", t =>
        {
            t.HasCheckConstraint("ck_performance_reviews_period_range", "period_end >= period_start");
            t.HasCheckConstraint("ck_performance_reviews_rating_range", "rating BETWEEN 1 AND 5");
            t.HasCheckConstraint(
                "ck_performance_reviews_quality_score_range", "quality_score IS NULL OR quality_score BETWEEN 1 AND 5");
            t.HasCheckConstraint(
                "ck_performance_reviews_productivity_score_range",
                "productivity_score IS NULL OR productivity_score BETWEEN 1 AND 5");
        });
        b.Property(r => r.Strengths).HasMaxLength(4000);
        b.Property(r => r.Improvements).HasMaxLength(4000);
        b.Property(r => r.Goals).HasMaxLength(4000);
        b.Property(r => r.Comments).HasMaxLength(4000);
        b.HasOne(r => r.Staff).WithMany(p => p.Reviews).HasForeignKey(r => r.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Reviewer).WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => new { r.StaffId, r.PeriodEnd });
        b.HasIndex(r => r.ReviewerId);
        b.HasIndex(r => r.ReviewedOn);
    }
}
