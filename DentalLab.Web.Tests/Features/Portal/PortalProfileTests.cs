using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>The dentist's profile: practice details, password, and two-step sign-in with an authenticator app.</summary>
[Collection(LabCollection.Name)]
public sealed class PortalProfileTests(LabServerFixture server)
{
    [Fact]
    public async Task With_two_step_sign_in_on_the_password_alone_is_not_enough_and_the_app_code_completes_it()
    {
        var app = await server.SharedAppAsync("portal-profile");
        IReadOnlyList<string>? recovery;
        string key;
        await using (var scope = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            var profile = scope.ServiceProvider.GetRequiredService<AccountSecurityService>();
            var setup = await profile.StartAuthenticatorAsync();
            Assert.StartsWith("data:image/svg+xml;base64,", setup.QrCodeSvgDataUri, StringComparison.Ordinal);
            key = setup.SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.Null(await profile.EnableAuthenticatorAsync("000000" == Totp(key) ? "111111" : "000000"));
            recovery = (await profile.EnableAuthenticatorAsync(Totp(key)))?.RecoveryCodes;
            Assert.NotNull(recovery);
            Assert.Equal(10, recovery.Count);
        }

        using var http = new LabHttp(app);
        var afterPassword = await http.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword);
        Assert.Equal("/account/login-2fa", LabHttp.PathOf(afterPassword));
        Assert.Equal("/account/login", LabHttp.PathOf(await http.GetAsync("/portal")));

        var wrong = await http.PostFormAsync("/account/login-2fa", "login-2fa", new() { ["Input.Code"] = "12345x" });
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await http.PostFormAsync("/account/login-2fa", "login-2fa", new() { ["Input.Code"] = Totp(key) });
        Assert.Equal("/portal", LabHttp.PathOf(right));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/portal")).StatusCode);

        // A recovery code works once instead of the app.
        using var other = new LabHttp(app);
        await other.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword);
        var withRecovery = await other.PostFormAsync("/account/login-2fa", "login-2fa", new() { ["Input.Code"] = recovery[0], ["Input.IsRecoveryCode"] = "true" });
        Assert.Equal("/portal", LabHttp.PathOf(withRecovery));

        await using (var scope = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountSecurityService>().DisableAuthenticatorAsync()).Result.Succeeded);
        }

        using var plain = new LabHttp(app);
        Assert.Equal("/portal", LabHttp.PathOf(await plain.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword)));
    }

    [Fact]
    public async Task A_dentist_edits_only_their_own_practice_and_changes_their_password()
    {
        var app = await server.SharedAppAsync("portal-profile-2");
        await using var scope = await app.ScopeAsAsync("dentist2@dentallab.test");
        var profile = scope.ServiceProvider.GetRequiredService<PortalProfileService>();
        var (practice, email, _) = (await profile.GetAsync())!.Value;
        Assert.Equal("dentist2@dentallab.test", email);

        practice.BillingEmail = "not-an-address";
        Assert.NotNull((await profile.UpdatePracticeAsync(practice)).For("BillingEmail"));
        practice.BillingEmail = "rechnung@praxis.example";
        practice.City = "München";
        Assert.True((await profile.UpdatePracticeAsync(practice)).Succeeded);
        await using (var db = app.Db())
        {
            var mine = db.Set<DentalLab.Data.Entities.DentistProfile>().Single(d => d.User!.NormalizedEmail == "DENTIST2@DENTALLAB.TEST");
            Assert.Equal("München", mine.City);
            Assert.NotEqual("München", db.Set<DentalLab.Data.Entities.DentistProfile>().Single(d => d.User!.NormalizedEmail == "DENTIST@DENTALLAB.TEST").City);
        }

        var security = scope.ServiceProvider.GetRequiredService<AccountSecurityService>();
        Assert.Equal("This is not your current password.", (await security.ChangePasswordAsync("wrong password!!", "a new long passphrase")).Result.For("Current"));
        Assert.NotNull((await security.ChangePasswordAsync(DemoDataGenerator.DemoPassword, "short")).Result.For("New"));
        Assert.True((await security.ChangePasswordAsync(DemoDataGenerator.DemoPassword, "a new long passphrase")).Result.Succeeded);
        using var http = new LabHttp(app);
        Assert.Equal("/portal", LabHttp.PathOf(await http.SignInAsync("dentist2@dentallab.test", "a new long passphrase")));
    }

    /// <summary>RFC 6238 TOTP (SHA-1, 30 s, 6 digits), as authenticator apps compute it.</summary>
    internal static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('='))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
