using System.Security.Claims;
using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>Identity over users/roles, cookie sign-in backed by server-side sessions, and permission policies.</summary>
public static class AuthSetup
{
    /// <summary>PBKDF2 iterations for password hashes (OWASP's 2023 figure for PBKDF2-HMAC-SHA512 is 210,000).</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddLabAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection("Auth"));
        services.AddHttpContextAccessor();
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<SessionService>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountSecurityService>();
        services.AddOptions<TwoFactorRequirementOptions>().Configure<IConfiguration>(TwoFactorRequirementOptions.Bind);
        services.AddScoped<OperationScopes>();
        services.AddScoped<DentistScope>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalRecordingResultHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingAuthenticationStateProvider>();
        services.AddSingleton<UserInputActivityHubFilter>();
        services.Configure<HubOptions>(o => o.AddFilter<UserInputActivityHubFilter>());

        // Keys in the database: cookies survive restarts and every app instance can read every other's.
        // Encrypted at rest with a certificate when one is configured (DataProtection:Certificate…, README).
        services.AddDataProtection().SetApplicationName("DentalLab").PersistKeysToDbContext<LabDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorizationBuilder().AddPermissionPolicies();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
        services.AddIdentityCore<User>(o =>
            {
                // NIST SP 800-63B: length, not composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<LabDbContext>()
            .AddClaimsPrincipalFactory<LabClaimsPrincipalFactory>()
            .AddSignInManager<LabSignInManager>()
            .AddPasswordValidator<Passwords.CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        // The list is read once per process (on first use) and shared.
        services.AddSingleton<Passwords.CommonPasswords>();

        var sessionOptions = configuration.GetSection("Auth").Get<SessionOptions>() ?? new SessionOptions();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "DentalLab.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = sessionOptions.IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateSessionAsync;
            o.Events.OnRedirectToAccessDenied = RefuseAsNotFoundAsync;
        });
        return services;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionService>();
        if (!await sessions.ValidateAsync(context.Principal, recordActivity: true, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// A signed-in user without the page's permission gets the same 404 "not found" as a missing record (the status
    /// code page renders it), and the refusal is logged; one who must first set up two-step sign-in is sent there.
    /// </summary>
    private static async Task RefuseAsNotFoundAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        if (CurrentUser.IdOf(http.User) is { } userId
            && await http.RequestServices.GetRequiredService<PermissionRegistry>().MustSetUpTwoFactorAsync(userId, http.RequestAborted))
        {
            http.Response.Redirect("/account/profile");
            return;
        }

        var missing = http.Items[PageRefusalLog.MissingPermissionsItem] as string;
        PageRefusalLog.Refused(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(PageRefusalLog.Category),
            http.Request.Path.Value ?? "/", CurrentUser.IdOf(http.User), string.IsNullOrEmpty(missing) ? "(unknown)" : missing);
        http.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    /// <summary>The claim that ties a cookie to its row in sessions.</summary>
    public static Claim SessionClaim(Guid sessionId) => new(CurrentUser.SessionClaim, sessionId.ToString());
}
