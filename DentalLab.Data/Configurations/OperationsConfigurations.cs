using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> b)
    {
        b.ToTable("scheduled_jobs", t =>
        {
            t.HasCheckConstraint("ck_scheduled_jobs_name_not_empty", "btrim(name) <> ''");
            t.HasCheckConstraint("ck_scheduled_jobs_counts_not_negative", "run_count >= 0 AND fail_count >= 0");
        });

        b.Property(j => j.Name).HasMaxLength(100);
        b.Property(j => j.LockedBy).HasMaxLength(200);
        b.Property(j => j.LastError).HasMaxLength(1000);
        b.HasIndex(j => j.Name).IsUnique();
    }
}
