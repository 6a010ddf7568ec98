using System.Security.Cryptography;

namespace DentalLab.Web.Infrastructure.Security;

/// <summary>
/// Response headers on every answer: a Content-Security-Policy with a per-request nonce (the only inline script
/// is Blazor's import map, rendered with that nonce by App.razor), no framing, nosniff, same-origin referrers and
/// no powerful browser features.
/// </summary>
/// <remarks>
/// Measured in Chromium (CspBrowserTests, with <c>script-src 'self'; style-src 'self'</c> only): the page reported
/// <c>script-src-elem inline</c> once (Blazor's import map: hence the nonce), <c>style-src-elem inline</c> (style
/// elements MudBlazor and Blazor's reconnect UI add) and dozens of <c>style-src-attr inline</c> (MudBlazor's inline
/// <c>style</c> attributes). So styles need <c>'unsafe-inline'</c> — a style cannot run script — and scripts stay
/// nonce-only. Blazor Server needs no <c>'unsafe-eval'</c>; its WebSocket is same-origin (<c>connect-src 'self'</c>).
/// </remarks>
public static class SecurityHeaders
{
    private const string NonceItem = "dentallab:csp-nonce";

    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
        "microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), interest-cohort=()";

    /// <summary>The CSP nonce of this request (for the import map's inline script).</summary>
    public static string NonceOf(HttpContext http)
    {
        if (http.Items[NonceItem] is not string nonce)
        {
            // Hex, not base64: '+' and '/' would be HTML-encoded in the attribute (the browser decodes them, but
            // the page source then no longer shows the header's value verbatim).
            nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
            http.Items[NonceItem] = nonce;
        }

        return nonce;
    }

    public static string ContentSecurityPolicy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "media-src 'self'; " +
        "object-src 'none'; " +
        "frame-src 'self'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'";

    public static IApplicationBuilder UseLabSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var nonce = NonceOf(http);
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(http);
        });
}
