using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace DentalLab.Web.Benchmarks;

/// <summary>What every benchmark command shares: options from the command line, percentiles, a signed-in user.</summary>
internal static class BenchmarkSupport
{
    /// <summary>The value at fraction <paramref name="p"/> of an ascending list (nearest rank).</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>A positive whole number given as <c>name value</c>, or <paramref name="fallback"/>.</summary>
    public static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }
}

/// <summary>The benchmark's signed-in user, as a circuit's authentication state would give it.</summary>
internal sealed class FixedUser : AuthenticationStateProvider
{
    private AuthenticationState _state = new(new ClaimsPrincipal(new ClaimsIdentity()));

    public void SignIn(Guid userId) =>
        _state = new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "benchmark")));

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(_state);
}
