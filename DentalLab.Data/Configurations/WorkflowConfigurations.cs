using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class WorkflowTemplateConfiguration : IEntityTypeConfiguration<WorkflowTemplate>
{
    public void Configure(EntityTypeBuilder<WorkflowTemplate> b)
    {
        b.ToTable("workflow_templates", t =>
        {
            t.HasCheckConstraint("ck_workflow_templates_turnaround_positive", "turnaround_days > 0");
            t.HasCheckConstraint("ck_workflow_templates_name_not_empty", "btrim(name) <> ''");
        });

        b.Property(w => w.Name).HasMaxLength(100);
        b.Property(w => w.Description).HasMaxLength(500);

        b.HasMany(w => w.Stages).WithOne(s => s.Template).HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade);

        b.HasIndex(w => w.ProcedureType).IsUnique();
        b.HasIndex(w => w.IsActive);
        b.HasData(SeedData.WorkflowTemplates);
    }
}

internal sealed class WorkflowTemplateStageConfiguration : IEntityTypeConfiguration<WorkflowTemplateStage>
{
    public void Configure(EntityTypeBuilder<WorkflowTemplateStage> b)
    {
        b.ToTable("workflow_template_stages", t =>
        {
            t.HasCheckConstraint("ck_workflow_template_stages_position_positive", "position >= 1");
            t.HasCheckConstraint("ck_workflow_template_stages_expected_hours_not_negative", "expected_hours >= 0");
        });

        b.Property(s => s.ExpectedHours).HasPrecision(6, 2);

        b.HasIndex(s => new { s.TemplateId, s.Stage }).IsUnique();
        b.HasIndex(s => new { s.TemplateId, s.Position }).IsUnique();
        b.HasData(SeedData.WorkflowTemplateStages);
    }
}

internal sealed class WorkflowStageConfiguration : IEntityTypeConfiguration<WorkflowStage>
{
    public void Configure(EntityTypeBuilder<WorkflowStage> b)
    {
        b.ToTable("workflow_stages", t =>
        {
            t.HasCheckConstraint("ck_workflow_stages_position_positive", "position >= 1");
            t.HasCheckConstraint("ck_workflow_stages_attempt_positive", "attempt >= 1");
            t.HasCheckConstraint("ck_workflow_stages_expected_hours_not_negative", "expected_hours >= 0");
            t.HasCheckConstraint("ck_workflow_stages_completed_after_started",
                "completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at");
            t.HasCheckConstraint("ck_workflow_stages_started",
                "status NOT IN ('in_progress', 'completed') OR started_at IS NOT NULL");
            t.HasCheckConstraint("ck_workflow_stages_completed",
                "status <> 'completed' OR completed_at IS NOT NULL");
            t.HasCheckConstraint("ck_workflow_stages_block_reason", "status <> 'blocked' OR block_reason IS NOT NULL");
            t.HasCheckConstraint("ck_workflow_stages_hold_reason", "status <> 'on_hold' OR hold_reason IS NOT NULL");
            t.HasCheckConstraint("ck_workflow_stages_failed_reason", "status <> 'failed' OR qc_failed_reason IS NOT NULL");
        });

        b.Property(s => s.ExpectedHours).HasPrecision(6, 2);
        b.Property(s => s.Attempt).HasDefaultValue(1).HasSentinel(0);
        b.Property(s => s.BlockReason).HasMaxLength(500);
        b.Property(s => s.HoldReason).HasMaxLength(500);
        b.Property(s => s.QcFailedReason).HasMaxLength(500);
        b.Ignore(s => s.IsOpen);
        b.Ignore(s => s.IsCurrent);

        b.HasOne(s => s.Case).WithMany(c => c.Stages).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.AssignedTo).WithMany().HasForeignKey(s => s.AssignedToId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(s => s.CompletedBy).WithMany().HasForeignKey(s => s.CompletedById).OnDelete(DeleteBehavior.SetNull);

        // Rework is a new attempt, so (case, stage, attempt) identifies a row.
        b.HasIndex(s => new { s.CaseId, s.Stage, s.Attempt }).IsUnique();
        b.HasIndex(s => new { s.CaseId, s.Position });
        b.HasIndex(s => s.Status);
        b.HasIndex(s => new { s.Stage, s.Status });
        b.HasIndex(s => new { s.AssignedToId, s.Status });
        b.HasIndex(s => s.CompletedAt);
    }
}

internal sealed class ScanEventConfiguration : IEntityTypeConfiguration<ScanEvent>
{
    public void Configure(EntityTypeBuilder<ScanEvent> b)
    {
        b.ToTable("scan_events", t => t.HasCheckConstraint("ck_scan_events_outcome", "outcome IN ('shown', 'completed', 'refused', 'unknown')"));

        b.Property(s => s.Code).HasMaxLength(100);
        b.Property(s => s.Outcome).HasMaxLength(20);
        b.Property(s => s.Message).HasMaxLength(500);

        b.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.SetNull);

        b.HasIndex(s => new { s.UserId, s.CreatedAt });
        b.HasIndex(s => new { s.CaseId, s.CreatedAt });
    }
}
