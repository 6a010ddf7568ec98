using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace DentalLab.Web.Tests.Features.Shell;

/// <summary>
/// The first load in production configuration: every stylesheet and script a page links arrives compressed; MudBlazor's
/// 627 KB stylesheet used to go out uncompressed. (The year-long cache of fingerprinted files is the published build's,
/// which a test host running from the build output does not have: the README gives the measured headers.)
/// </summary>
[Collection(LabCollection.Name)]
public sealed partial class FirstLoadTests(LabServerFixture server)
{
    [Fact]
    public async Task Every_stylesheet_and_script_of_the_sign_in_page_arrives_compressed_in_production_configuration()
    {
        var app = await server.SharedAppAsync("first-load-production", settings: new() { ["environment"] = "Production" });
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(app.BaseUrl) };
        var html = await http.GetStringAsync("/account/login");
        var assets = AssetLink().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web", StringComparison.Ordinal));

        var wrong = new List<string>();
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            var body = await response.Content.ReadAsByteArrayAsync();
            if (encoding is not ("br" or "gzip"))
            {
                wrong.Add($"{asset}: not compressed ({body.Length:N0} bytes)");
                continue;
            }

            // What arrives is the file: it decodes to the bytes sent to a client that takes no compression.
            using var decoded = new MemoryStream();
            await using (var inflate = encoding == "br" ? (Stream)new BrotliStream(new MemoryStream(body), CompressionMode.Decompress) : new GZipStream(new MemoryStream(body), CompressionMode.Decompress))
            {
                await inflate.CopyToAsync(decoded);
            }

            var identity = await http.GetByteArrayAsync("/" + asset);
            Assert.True(identity.AsSpan().SequenceEqual(decoded.ToArray()), asset);
            if (asset.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && asset.EndsWith(".css", StringComparison.Ordinal))
            {
                // The big one (627 KB): a debug build's own pre-compressed copies are stored, not squeezed, so only this is measured.
                Assert.True(body.Length * 5 < identity.Length, $"{asset}: {identity.Length:N0} bytes sent as {body.Length:N0}");
            }
        }

        Assert.Empty(wrong);
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+\\.(?:css|js))\"")]
    private static partial Regex AssetLink();
}
