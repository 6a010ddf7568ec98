using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// The data-protection key ring (the keys behind the auth cookie) is encrypted at rest with a certificate from
/// configuration: the key XML in the database holds EncryptedXml, not the raw key, and another instance with the
/// same certificate reads what the first protected.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class DataProtectionCertificateTests(LabServerFixture server)
{
    [Fact]
    public async Task With_a_configured_certificate_the_stored_key_ring_is_encrypted_and_still_usable_by_another_instance()
    {
        var folder = Directory.CreateDirectory(Path.Combine(server.WorkFolder, "dp-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var pfx = Path.Combine(folder, "keys.pfx");
        const string pfxPassword = "Pfx-Test-Password-2026";
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=DentalLab data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, pfxPassword));
        }

        var settings = new Dictionary<string, string?>
        {
            ["App:PublicUrl"] = "http://127.0.0.1/",
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = pfxPassword,
        };
        var database = await server.CreateDatabaseAsync();
        await using (var db = LabServerFixture.CreateContext(database))
        {
            await db.DataProtectionKeys.ExecuteDeleteAsync(); // the key ring starts empty: the first instance writes the key
        }

        string protectedText;
        await using (var first = LabApp.StartOn(database, server.WorkFolder, demo: false, settings: settings))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a secret");
        }

        await using (var db = LabServerFixture.CreateContext(database))
        {
            var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
            var xml = Assert.Single(keys)!;
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.Contains("http://www.w3.org/2001/04/xmlenc#", xml, StringComparison.Ordinal);
            Assert.Contains("X509Certificate", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }

        await using var second = LabApp.StartOn(database, server.WorkFolder, demo: false, settings: settings);
        Assert.Equal("a secret", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Fact]
    public void A_configured_certificate_that_is_missing_stops_the_app_instead_of_writing_keys_in_the_clear()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DentalLab.Web.Infrastructure.Auth.DataProtectionCertificate.Load(Path.Combine(server.WorkFolder, "no-such.pfx"), "x", null));
        Assert.Contains("DataProtection:CertificatePath", error.Message, StringComparison.Ordinal);
        Assert.Null(DentalLab.Web.Infrastructure.Auth.DataProtectionCertificate.Load(null, null, null));
    }
}
