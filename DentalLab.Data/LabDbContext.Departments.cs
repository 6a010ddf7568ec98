using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DepartmentEquipment> DepartmentEquipment => Set<DepartmentEquipment>();
}
