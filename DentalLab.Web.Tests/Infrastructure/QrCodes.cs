using System.Diagnostics;

namespace DentalLab.Web.Tests.Infrastructure;

/// <summary>
/// Reads the QR codes of a PDF back with independent tools: Poppler's pdftoppm renders each page (300 dpi) and ZBar's
/// zbarimg decodes what a phone's camera would see (Debian poppler-utils and zbar-tools, installed by .ci/run).
/// </summary>
internal static class QrCodes
{
    /// <summary>Every QR code's text, page by page, top to bottom as zbarimg reports them.</summary>
    public static async Task<IReadOnlyList<string>> InPdfAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("dentallab-qr-");
        try
        {
            var file = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            await RunAsync("pdftoppm", ["-r", "300", "-png", file, Path.Combine(folder.FullName, "page")], okExitCodes: [0]);
            var pages = Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(pages);
            var codes = new List<string>();
            foreach (var page in pages)
            {
                // Exit code 4: the page has no code at all (a page of text only), which is not an error.
                var output = await RunAsync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", page], okExitCodes: [0, 4]);
                codes.AddRange(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            return codes;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, IEnumerable<string> arguments, int[] okExitCodes)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(okExitCodes.Contains(process.ExitCode), $"{program} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
