using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace DentalLab.Web.Infrastructure.Hosting;

/// <summary>
/// Compresses the static stylesheets and scripts that the build did not pre-compress. MapStaticAssets serves
/// pre-compressed copies where the SDK made them, but for a package's fingerprinted address (MudBlazor's
/// <c>_content/MudBlazor/MudBlazor.min.&lt;hash&gt;.css</c>, the one the pages link, 627 KB) it made none, so the largest
/// file of the first load went out uncompressed. Only static files under <c>_content/</c> and <c>_framework/</c> are
/// compressed here (they hold no secrets, so compression over HTTPS is safe), once per browser: they are cached for a
/// year. A response that already has a Content-Encoding (a pre-compressed copy) is passed through untouched.
/// </summary>
public static class StaticAssetCompression
{
    public static IServiceCollection AddStaticAssetCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseStaticAssetCompression(this IApplicationBuilder app) =>
        app.UseWhen(c => IsPackageAsset(c.Request.Path), branch => branch.UseResponseCompression());

    private static bool IsPackageAsset(PathString path) =>
        (path.StartsWithSegments("/_content", StringComparison.Ordinal) || path.StartsWithSegments("/_framework", StringComparison.Ordinal))
        && (path.Value!.EndsWith(".css", StringComparison.Ordinal) || path.Value.EndsWith(".js", StringComparison.Ordinal));
}
