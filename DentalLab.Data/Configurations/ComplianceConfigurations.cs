using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class QcChecklistItemConfiguration : IEntityTypeConfiguration<QcChecklistItem>
{
    public void Configure(EntityTypeBuilder<QcChecklistItem> b)
    {
        b.ToTable("qc_checklist_items", t =>
        {
            t.HasCheckConstraint("ck_qc_checklist_items_position_positive", "position >= 1");
            t.HasCheckConstraint("ck_qc_checklist_items_text_not_empty", "btrim(text) <> ''");
        });
        b.Property(i => i.Text).HasMaxLength(QcChecklistItem.TextMaxLength);
        b.HasIndex(i => new { i.ProcedureType, i.Position });
        b.HasData(SeedData.QcChecklistItems);
    }
}

internal sealed class QcRecordConfiguration : IEntityTypeConfiguration<QcRecord>
{
    public void Configure(EntityTypeBuilder<QcRecord> b)
    {
        b.ToTable("qc_records", t => t.HasCheckConstraint("ck_qc_records_items_array", "jsonb_typeof(items) = 'array'"));
        b.Property(r => r.Items).HasColumnType("jsonb").IsRequired();
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.RequirementsNotMet).HasMaxLength(2000);
        b.Property(r => r.Substances).HasMaxLength(500);
        b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Stage).WithMany().HasForeignKey(r => r.StageId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.CheckedBy).WithMany().HasForeignKey(r => r.CheckedById).OnDelete(DeleteBehavior.Restrict);
        // One record per QC attempt.
        b.HasIndex(r => r.StageId).IsUnique();
        b.HasIndex(r => new { r.CaseId, r.CheckedAt });
    }
}

internal sealed class ConformityStatementConfiguration : IEntityTypeConfiguration<ConformityStatement>
{
    public void Configure(EntityTypeBuilder<ConformityStatement> b)
    {
        b.ToTable("conformity_statements", t =>
        {
            t.HasCheckConstraint("ck_conformity_statements_version_positive", "version >= 1");
            t.HasCheckConstraint("ck_conformity_statements_correction_has_reason", "version = 1 OR btrim(coalesce(correction_reason, '')) <> ''");
            t.HasCheckConstraint("ck_conformity_statements_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
        });
        b.Property(s => s.Language).HasMaxLength(10);
        b.Property(s => s.Content).HasColumnType("jsonb").IsRequired();
        b.Property(s => s.StoredName).HasMaxLength(100);
        b.Property(s => s.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(s => s.CorrectionReason).HasMaxLength(500);
        // Set by the database (ComplianceSql.KeepUntilTrigger): follows the case.
        b.Property(s => s.KeepUntil).ValueGeneratedOnAddOrUpdate();
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.IssuedBy).WithMany().HasForeignKey(s => s.IssuedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.CaseId, s.Version }).IsUnique();
    }
}

/// <summary>The case's retention date is the database's (ComplianceSql.KeepUntilTrigger): EF reads it, never writes it.</summary>
internal sealed class CaseRetentionConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.KeepUntil).ValueGeneratedOnAddOrUpdate();
        b.HasIndex(c => c.KeepUntil).HasFilter("keep_until IS NOT NULL").HasDatabaseName("ix_cases_keep_until");
    }
}
