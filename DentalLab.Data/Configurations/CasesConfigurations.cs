using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    /// <summary>A CHECK expression: every element of the smallint[] column is an FDI permanent tooth (NULL passes).</summary>
    internal static string FdiTeethCheck(string column) =>
        $"{column} <@ ARRAY[{string.Join(", ", Case.FdiTeeth)}]::smallint[]";

    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases", t =>
        {
            t.HasCheckConstraint("ck_cases_patient_identified",
                "coalesce(btrim(patient_name), '') <> '' OR coalesce(btrim(patient_code), '') <> ''");
            t.HasCheckConstraint("ck_cases_teeth_fdi", FdiTeethCheck("teeth"));
            t.HasCheckConstraint("ck_cases_bridge_spans_format",
                "bridge_spans IS NULL OR bridge_spans ~ '^[1-4][1-8]-[1-4][1-8](,[1-4][1-8]-[1-4][1-8])*$'");
            t.HasCheckConstraint("ck_cases_units_positive", "units > 0");
            t.HasCheckConstraint("ck_cases_not_own_parent", "parent_case_id <> id");
            t.HasCheckConstraint("ck_cases_remake_reason",
                "parent_case_id IS NULL OR (remake_reason IS NOT NULL AND remake_payer IS NOT NULL)");
            t.HasCheckConstraint("ck_cases_hold_reason", "status <> 'on_hold' OR hold_reason IS NOT NULL");
            t.HasCheckConstraint("ck_cases_cancel_reason", "status <> 'cancelled' OR cancel_reason IS NOT NULL");
            t.HasCheckConstraint("ck_cases_delivered_after_shipped",
                "delivered_at IS NULL OR shipped_at IS NULL OR delivered_at >= shipped_at");
        });

        // Left empty (the sentinel), the number comes from the database: unique and never reused even under
        // concurrent intake.
        b.Property(c => c.CaseNumber).HasMaxLength(20).HasDefaultValueSql(Sequences.CaseNumberDefaultSql).HasSentinel("");
        b.Property(c => c.PatientName).HasMaxLength(200);
        b.Property(c => c.PatientCode).HasMaxLength(50);
        b.Property(c => c.Teeth).HasColumnType("smallint[]");
        b.Property(c => c.BridgeSpans).HasMaxLength(100);
        b.Property(c => c.Shade).HasMaxLength(10);
        b.Property(c => c.Material).HasMaxLength(100);
        b.Property(c => c.DueDateOverrideReason).HasMaxLength(500);
        b.Property(c => c.RemakeReason).HasMaxLength(500);
        b.Property(c => c.HoldReason).HasMaxLength(500);
        b.Property(c => c.CancelReason).HasMaxLength(500);
        b.Property(c => c.Version).IsRowVersion();
        b.Ignore(c => c.IsRemake);

        b.HasOne(c => c.Dentist).WithMany(d => d.Cases).HasForeignKey(c => c.DentistId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ParentCase).WithMany(c => c.Remakes).HasForeignKey(c => c.ParentCaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(c => c.CreatedBy).WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.SetNull);

        b.HasIndex(c => c.CaseNumber).IsUnique();
        b.HasIndex(c => c.Status);
        b.HasIndex(c => c.CurrentStage);
        b.HasIndex(c => c.ProcedureType);
        b.HasIndex(c => c.Urgency);
        b.HasIndex(c => c.Priority);
        b.HasIndex(c => c.DueDate);
        b.HasIndex(c => c.ReceivedAt);
        b.HasIndex(c => new { c.Status, c.DueDate });
        b.HasIndex(c => new { c.DentistId, c.Status });
        b.HasIndex(c => new { c.DentistId, c.ReceivedAt });
        b.HasIndex(c => new { c.DentistId, c.PatientCode });
        b.HasIndex(c => c.PatientName);
        // The production board: only active cases, in each column's order. Column totals are an index-only scan
        // and a column's first page an ordered index scan, however much delivered history the lab keeps. The
        // predicate is written exactly as BoardService's query filters, so PostgreSQL can prove it applies.
        b.HasIndex(c => new { c.CurrentStage, c.DueDate, c.Urgency, c.CaseNumber })
            .IsDescending(false, false, true, false)
            .HasFilter("deleted_at IS NULL AND current_stage IS NOT NULL AND status <> 'delivered'::case_status AND status <> 'cancelled'::case_status")
            .HasDatabaseName("ix_cases_board");
        // The board filtered to one dentist: each column's first page is a scan of that dentist's active cases in it.
        // Without it PostgreSQL ANDed two bitmaps over the dentist's whole history (24,000 cases), once per column:
        // 28.9 ms against 0.35 ms at a million cases (docs/decisions/003).
        b.HasIndex(c => new { c.DentistId, c.CurrentStage, c.DueDate, c.Urgency, c.CaseNumber })
            .IsDescending(false, false, false, true, false)
            .HasFilter("deleted_at IS NULL AND current_stage IS NOT NULL AND status <> 'delivered'::case_status AND status <> 'cancelled'::case_status")
            .HasDatabaseName("ix_cases_board_dentist");
    }
}

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> b)
    {
        b.ToTable("case_files", t =>
        {
            t.HasCheckConstraint("ck_case_files_size_positive", "size_bytes > 0");
            t.HasCheckConstraint("ck_case_files_kind", "kind IN ('scan', 'photo', 'document')");
            t.HasCheckConstraint("ck_case_files_sha256_hex", "sha256 ~ '^[0-9a-f]{64}$'");
            t.HasCheckConstraint("ck_case_files_original_file_name_not_empty", "btrim(original_file_name) <> ''");
        });

        b.Property(f => f.OriginalFileName).HasMaxLength(255);
        b.Property(f => f.StoredName).HasMaxLength(100);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Kind).HasMaxLength(20);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.VisibleToDentist).HasDefaultValue(false);

        b.HasOne(f => f.Case).WithMany(c => c.Files).HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(f => f.UploadedBy).WithMany().HasForeignKey(f => f.UploadedById).OnDelete(DeleteBehavior.SetNull);

        b.HasIndex(f => f.StoredName).IsUnique();
        b.HasIndex(f => new { f.CaseId, f.Kind });
        b.HasIndex(f => f.Sha256);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("case_notes", t => t.HasCheckConstraint("ck_case_notes_body_not_empty", "btrim(body) <> ''"));

        b.Property(n => n.Body).HasColumnType("text");
        b.Property(n => n.VisibleToDentist).HasDefaultValue(false);

        b.HasOne(n => n.Case).WithMany(c => c.Notes).HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.SetNull);

        b.HasIndex(n => new { n.CaseId, n.CreatedAt });
    }
}
