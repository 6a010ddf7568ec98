using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
}
