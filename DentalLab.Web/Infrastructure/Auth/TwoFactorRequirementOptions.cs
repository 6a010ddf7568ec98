namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// "Require two-step sign-in for roles": Auth:RequireTwoFactorForRoles, a comma-separated list of role codes
/// (appsettings.json: admin,manager). In demo mode it is Demo:RequireTwoFactorForRoles instead (empty by default),
/// so the demo accounts sign in with their password only.
/// </summary>
public sealed class TwoFactorRequirementOptions
{
    public IReadOnlyList<string> Roles { get; set; } = [];

    public static void Bind(TwoFactorRequirementOptions options, IConfiguration configuration)
    {
        var value = configuration.GetValue<bool>("Demo:Enabled")
            ? configuration["Demo:RequireTwoFactorForRoles"]
            : configuration["Auth:RequireTwoFactorForRoles"];
        options.Roles = (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
