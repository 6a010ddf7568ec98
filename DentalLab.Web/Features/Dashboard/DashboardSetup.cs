namespace DentalLab.Web.Features.Dashboard;

public static class DashboardSetup
{
    public static IServiceCollection AddDashboardFeatures(this IServiceCollection services) =>
        services.AddScoped<DashboardService>();
}
