namespace DentalLab.Web.Features.Portal;

public static class PortalSetup
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services) =>
        services.AddScoped<PortalService>().AddScoped<PortalProfileService>().AddScoped<PortalIntakeService>();
}
