namespace DentalLab.Web.Features.Dentists;

public static class DentistsSetup
{
    public static IServiceCollection AddDentistFeatures(this IServiceCollection services) =>
        services.AddScoped<DentistApplicationService>().AddScoped<DentistService>();
}
