using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DentalLab.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without the web app; no database is contacted.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LabDbContext>
{
    public LabDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("DENTALLAB_DESIGN_CONNECTION")
            ?? "Host=localhost;Database=dentallab_design;Username=postgres";
        var options = new DbContextOptionsBuilder<LabDbContext>();
        options.UseLabDatabase(LabDbContextOptions.BuildDataSource(connectionString));
        return new LabDbContext(options.Options);
    }
}
