using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<ScheduledJob> ScheduledJobs => Set<ScheduledJob>();
}
