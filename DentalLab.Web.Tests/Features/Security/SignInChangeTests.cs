using System.Net;
using System.Security.Claims;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Tests.Features.Portal;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Findings 7 and 2: a sign-in change ends the other sessions; staff two-step sign-in, required for some roles.</summary>
[Collection(LabCollection.Name)]
public sealed class SignInChangeTests(LabServerFixture server)
{
    [Fact]
    public async Task Changing_the_password_ends_the_users_other_sessions_but_not_this_one_and_says_so()
    {
        var app = await server.SharedAppAsync("security-accounts");
        var (email, userId) = await SecurityTestData.CreateUserAsync(app, "technician");
        using var here = new LabHttp(app);
        using var elsewhere = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await here.SignInAsync(email, SecurityTestData.Password)).StatusCode);
        var thisSession = await NewestSessionAsync(app, userId);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.SignInAsync(email, SecurityTestData.Password)).StatusCode);

        await using (var scope = ScopeInSession(app, userId, thisSession))
        {
            var (result, change) = await scope.ServiceProvider.GetRequiredService<AccountSecurityService>()
                .ChangePasswordAsync(SecurityTestData.Password, "an entirely new passphrase");
            Assert.True(result.Succeeded);
            Assert.Equal(1, change!.OtherSessionsEnded);
            Assert.Equal("You have been signed out on 1 other device or browser.", change.EndedMessage);
        }

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.Equal("/account/login", LabHttp.PathOf(await elsewhere.GetAsync("/")));
        await using var db = app.Db();
        Assert.Equal(["password changed"], await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt != null).Select(s => s.RevokedReason).ToListAsync());
    }

    [Fact]
    public async Task Turning_on_two_step_sign_in_ends_the_other_sessions_and_then_the_password_alone_is_not_enough()
    {
        var app = await server.SharedAppAsync("security-accounts");
        var (email, userId) = await SecurityTestData.CreateUserAsync(app, "staff");
        using var here = new LabHttp(app);
        using var elsewhere = new LabHttp(app);
        await here.SignInAsync(email, SecurityTestData.Password);
        var thisSession = await NewestSessionAsync(app, userId);
        await elsewhere.SignInAsync(email, SecurityTestData.Password);

        // The staff profile offers it.
        Assert.Contains("Two-step sign-in", await (await here.GetAsync("/account/profile")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        string key;
        await using (var scope = ScopeInSession(app, userId, thisSession))
        {
            var security = scope.ServiceProvider.GetRequiredService<AccountSecurityService>();
            key = (await security.StartAuthenticatorAsync()).SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            var change = await security.EnableAuthenticatorAsync(PortalProfileTests.Totp(key));
            Assert.Equal(10, change!.RecoveryCodes!.Count);
            Assert.Equal(1, change.OtherSessionsEnded);
        }

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        Assert.Equal("/account/login", LabHttp.PathOf(await elsewhere.GetAsync("/")));
        Assert.Equal("/account/login-2fa", LabHttp.PathOf(await elsewhere.SignInAsync(email, SecurityTestData.Password)));
    }

    [Fact]
    public async Task A_role_that_requires_two_step_sign_in_is_sent_to_set_it_up_before_anything_else()
    {
        var app = await server.SharedAppAsync("security-2fa-required", settings: new() { ["Demo:RequireTwoFactorForRoles"] = "manager" });
        var (email, userId) = await SecurityTestData.CreateUserAsync(app, "manager");
        using var http = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(email, SecurityTestData.Password)).StatusCode);
        Assert.Equal("/account/profile", LabHttp.PathOf(await http.GetAsync("/")));
        Assert.Equal("/account/profile", LabHttp.PathOf(await http.GetAsync("/cases")));
        Assert.Contains("Your role requires two-step sign-in", await (await http.GetAsync("/account/profile")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = app.ScopeAs(userId))
        {
            // Not just a redirect: every service refuses until it is set up.
            await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<CaseQueries>().ListAsync(new CaseListQuery()));
            var security = scope.ServiceProvider.GetRequiredService<AccountSecurityService>();
            Assert.True((await security.StatusAsync()).TwoFactorRequired);
            var key = (await security.StartAuthenticatorAsync()).SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.NotNull(await security.EnableAuthenticatorAsync(PortalProfileTests.Totp(key)));
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<CaseQueries>().ListAsync(new CaseListQuery()));
            // Required: it cannot be turned off again.
            Assert.False((await security.DisableAuthenticatorAsync()).Result.Succeeded);
        }

        // A staff member (role not listed) is not held up.
        var (staffEmail, _) = await SecurityTestData.CreateUserAsync(app, "staff");
        using var staff = new LabHttp(app);
        await staff.SignInAsync(staffEmail, SecurityTestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/cases")).StatusCode);
    }

    private static async Task<Guid> NewestSessionAsync(LabApp app, Guid userId)
    {
        await using var db = app.Db();
        return await db.Sessions.Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt).Select(s => s.Id).FirstAsync();
    }

    /// <summary>A DI scope acting as the user in one of their sessions (as their open page would).</summary>
    private static AsyncServiceScope ScopeInSession(LabApp app, Guid userId, Guid sessionId)
    {
        var scope = app.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()), AuthSetup.SessionClaim(sessionId)], "test");
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
        return scope;
    }
}
