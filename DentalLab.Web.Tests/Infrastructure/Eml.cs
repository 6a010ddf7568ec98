using System.Text;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>Reads the plain-text body of a single-part .eml from the outbox (base64 or quoted-printable).</summary>
public static class Eml
{
    public static string Body(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        }

        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            return body.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
        }

        return body;
    }
}
