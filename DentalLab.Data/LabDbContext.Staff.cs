using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<StaffProfile> StaffProfiles => Set<StaffProfile>();

    public DbSet<StaffSchedule> StaffSchedules => Set<StaffSchedule>();

    public DbSet<PerformanceReview> PerformanceReviews => Set<PerformanceReview>();

    public DbSet<StaffAbsence> StaffAbsences => Set<StaffAbsence>();
}
