using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<WorkflowTemplate> WorkflowTemplates => Set<WorkflowTemplate>();

    public DbSet<WorkflowTemplateStage> WorkflowTemplateStages => Set<WorkflowTemplateStage>();

    public DbSet<WorkflowStage> WorkflowStages => Set<WorkflowStage>();

    public DbSet<ScanEvent> ScanEvents => Set<ScanEvent>();
}
