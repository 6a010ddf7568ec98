using System.Net;
using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Foundation;

/// <summary>Sign-in, lockout, permissions, sessions and reset links, through the real form and services.</summary>
[Collection(LabCollection.Name)]
public sealed partial class AuthTests(LabServerFixture server)
{
    private const string Password = DemoDataGenerator.DemoPassword;

    [Fact]
    public async Task Staff_sign_in_lands_on_the_dashboard_and_dentists_in_the_portal()
    {
        var app = await server.SharedAppAsync("auth");
        using var staff = new LabHttp(app);
        var response = await staff.SignInAsync("tech@dentallab.test", Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", LabHttp.PathOf(response));

        using var dentist = new LabHttp(app);
        response = await dentist.SignInAsync("dentist@dentallab.test", Password);
        Assert.Equal("/portal", LabHttp.PathOf(response));
    }

    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account_so_the_next_attempt_is_refused_even_with_the_right_password()
    {
        var app = await server.SharedAppAsync("auth");
        var (email, _) = await CreateUserAsync(app, UserRole.Staff);
        using var http = new LabHttp(app);
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("The email or password is not right.", await BodyAsync(await http.SignInAsync(email, "wrong password " + i)), StringComparison.Ordinal);
        }

        // After four failures the right password still works (and resets the count)...
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(email, Password)).StatusCode);

        using var other = new LabHttp(app);
        for (var i = 0; i < 5; i++)
        {
            await other.SignInAsync(email, "wrong password " + i);
        }

        // ...after five in a row the sixth attempt is refused, right password or not.
        var locked = await BodyAsync(await other.SignInAsync(email, Password));
        Assert.Contains("locked", locked, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_user_without_the_permission_is_refused_the_page_and_the_service_call()
    {
        var app = await server.SharedAppAsync("auth");
        using var http = new LabHttp(app);
        await http.SignInAsync("tech@dentallab.test", Password);
        // The same answer as a record that does not exist (ASVS: no hint that the page is there).
        var refusal = await http.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.NotFound, refusal.StatusCode);
        var page = await BodyAsync(refusal);
        Assert.Contains("Not found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("New user", page, StringComparison.Ordinal);

        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var users = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => users.ListAsync(new UserQuery(null, null, false, 0, 10)));
        Assert.Equal(PermissionCodes.UsersManage, refused.Permission);

        await using var admin = await app.ScopeAsAsync("admin@dentallab.test");
        var list = await admin.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync(new UserQuery("tech@", null, false, 0, 10));
        Assert.Contains(list.Rows, r => r.Email == "tech@dentallab.test");
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_session_on_the_server()
    {
        var app = await server.SharedAppAsync("auth");
        var (email, userId) = await CreateUserAsync(app, UserRole.Technician);
        using var http = new LabHttp(app);
        await http.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);

        await using (var admin = await app.ScopeAsAsync("admin@dentallab.test"))
        {
            var result = await admin.ServiceProvider.GetRequiredService<UserAdminService>().SetActiveAsync(userId, active: false);
            Assert.True(result.Succeeded);
        }

        var after = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/login", LabHttp.PathOf(after));
        await using var db = app.Db();
        Assert.All(await db.Sessions.Where(s => s.UserId == userId).ToListAsync(), s => Assert.NotNull(s.RevokedAt));
        Assert.Contains("deactivated", await BodyAsync(await new LabHttp(app).SignInAsync(email, Password)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_the_old_cookie_no_longer_works()
    {
        var app = await server.SharedAppAsync("auth");
        var (email, userId) = await CreateUserAsync(app, UserRole.Manager);
        using var http = new LabHttp(app);
        await http.SignInAsync(email, Password);
        var cookies = http.Cookies.GetCookies(new Uri(app.BaseUrl));

        await using (var db = app.Db())
        {
            // Sign-out from another place (or the idle timeout) revokes the row; the cookie alone is not enough.
            await db.Sessions.Where(s => s.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, DateTimeOffset.UtcNow));
        }

        using var replay = new LabHttp(app);
        replay.Cookies.Add(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_timeout_ends_on_the_server()
    {
        var app = await server.SharedAppAsync("auth");
        var (email, userId) = await CreateUserAsync(app, UserRole.Staff);
        using var http = new LabHttp(app);
        await http.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);

        await using (var db = app.Db())
        {
            // 31 minutes without activity; the default idle timeout is 30.
            await db.Sessions.Where(s => s.UserId == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, DateTimeOffset.UtcNow.AddMinutes(-31)));
        }

        Assert.Equal("/account/login", LabHttp.PathOf(await http.GetAsync("/")));
        await using var check = app.Db();
        Assert.Equal("expired", await check.Sessions.Where(s => s.UserId == userId).Select(s => s.RevokedReason).SingleAsync());
    }

    [Fact]
    public async Task A_reset_link_sets_the_password_once_and_then_is_refused()
    {
        var app = await server.SharedAppAsync("auth");
        var (email, userId) = await CreateUserAsync(app, UserRole.Staff);
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.RequestPasswordResetAsync(email, "127.0.0.1");

        var mail = await app.WaitForEmailAsync(email);
        var token = Uri.UnescapeDataString(ResetLink().Match(Eml.Body(mail)).Groups[1].Value);
        Assert.True(token.Length > 20, mail);

        Assert.Empty(await accounts.ResetPasswordAsync(token, "a brand new passphrase"));
        Assert.NotEmpty(await accounts.ResetPasswordAsync(token, "another new passphrase"));
        await using var db = app.Db();
        Assert.NotNull((await db.PasswordResetTokens.SingleAsync(t => t.UserId == userId)).UsedAt);
        using var http = new LabHttp(app);
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(email, "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task Passwords_are_hashed_with_at_least_210000_pbkdf2_iterations_and_need_12_characters()
    {
        var app = await server.SharedAppAsync("auth");
        await using var db = app.Db();
        var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.NormalizedEmail == "TECH@DENTALLAB.TEST")).PasswordHash!);
        // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.True(iterations >= 210_000, $"{iterations} iterations");

        await using var scope = app.Services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<User>>();
        var user = new User { UserName = "short@example.test", Email = "short@example.test", FullName = "Short" };
        Assert.False((await userManager.CreateAsync(user, "eleven char")).Succeeded);
        Assert.True((await userManager.CreateAsync(user, "twelve chars")).Succeeded);
    }

    private static async Task<(string Email, Guid Id)> CreateUserAsync(LabApp app, UserRole role)
    {
        var email = $"user-{Guid.NewGuid():N}@dentallab.test";
        await using var scope = app.Services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<User>>();
        var user = new User { UserName = email, Email = email, FullName = "Test " + role, EmailConfirmed = true };
        Assert.True((await userManager.CreateAsync(user, Password)).Succeeded);
        Assert.True((await userManager.AddToRoleAsync(user, role.ToString().ToLowerInvariant())).Succeeded);
        return (email, user.Id);
    }

    private static Task<string> BodyAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    [GeneratedRegex(@"reset-password\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex ResetLink();
}
