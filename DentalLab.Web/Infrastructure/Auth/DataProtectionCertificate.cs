using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// Encrypts the data-protection key ring at rest (the keys that sign the auth cookie and antiforgery tokens, stored
/// in the database) with a certificate from configuration — a PFX file (<c>DataProtection:CertificatePath</c> and
/// <c>DataProtection:CertificatePassword</c>) or the certificate store (<c>DataProtection:CertificateThumbprint</c>,
/// CurrentUser then LocalMachine "My"). Without either, keys are stored unencrypted (readable by whoever can read
/// the database). A configured certificate that cannot be loaded stops the app at start: keys must never be written
/// in the clear by mistake. Every instance needs the same certificate (with its private key) to read the keys.
/// </summary>
public static class DataProtectionCertificate
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection("DataProtection");
        var certificate = Load(section["CertificatePath"], section["CertificatePassword"], section["CertificateThumbprint"]);
        return certificate is null
            ? builder
            // Unprotect with this certificate itself, not only through the store lookup EncryptedXml does by default.
            : builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>The configured certificate, or null when none is configured.</summary>
    public static X509Certificate2? Load(string? path, string? password, string? thumbprint)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath names a file that does not exist: {path}");
            }

            var fromFile = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return fromFile.HasPrivateKey
                ? fromFile
                : throw new InvalidOperationException("The DataProtection certificate has no private key: the keys could be written but never read back.");
        }

        if (string.IsNullOrWhiteSpace(thumbprint))
        {
            return null;
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                continue; // this store does not exist here (e.g. LocalMachine on Linux)
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint.Replace(" ", "", StringComparison.Ordinal), validOnly: false);
            if (found.Count > 0 && found[0].HasPrivateKey)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"DataProtection:CertificateThumbprint {thumbprint} was not found with a private key in the CurrentUser or LocalMachine \"My\" store.");
    }
}
