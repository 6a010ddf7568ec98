using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<QcChecklistItem> QcChecklistItems => Set<QcChecklistItem>();

    public DbSet<QcRecord> QcRecords => Set<QcRecord>();

    public DbSet<ConformityStatement> ConformityStatements => Set<ConformityStatement>();
}
