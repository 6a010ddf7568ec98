using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<DentistProfile> DentistProfiles => Set<DentistProfile>();

    public DbSet<DentistApplication> DentistApplications => Set<DentistApplication>();
}
