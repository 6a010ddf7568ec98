using System.Globalization;
using DentalLab.Web.Components.Layout;

namespace DentalLab.Web.Tests.Features.Accessibility;

/// <summary>Every text/background pair of the theme's light palette meets WCAG AA (4.5 : 1).</summary>
public sealed class LabThemeContrastTests
{
    public static TheoryData<string, string, string> Pairs()
    {
        var p = LabTheme.Theme.PaletteLight;
        var data = new TheoryData<string, string, string>();
        foreach (var (name, colour, darken, contrast) in new[]
        {
            ("primary", p.Primary, p.PrimaryDarken, p.PrimaryContrastText),
            ("secondary", p.Secondary, p.SecondaryDarken, p.SecondaryContrastText),
            ("tertiary", p.Tertiary, p.TertiaryDarken, p.TertiaryContrastText),
            ("info", p.Info, p.InfoDarken, p.InfoContrastText),
            ("success", p.Success, p.SuccessDarken, p.SuccessContrastText),
            ("warning", p.Warning, p.WarningDarken, p.WarningContrastText),
            ("error", p.Error, p.ErrorDarken, p.ErrorContrastText),
            ("dark", p.Dark, p.DarkDarken, p.DarkContrastText),
        })
        {
            data.Add($"{name}: text on the filled colour (chips, buttons)", contrast.Value, colour.Value);
            data.Add($"{name}: the colour as text on white (text buttons, outlined chips)", colour.Value, "#ffffff");
            data.Add($"{name}: darken on its 6 % tint (text alerts)", darken, Mix(colour.Value, "#ffffff", 0.06));
        }

        data.Add("secondary text on white", p.TextSecondary.Value, "#ffffff");
        data.Add("secondary text on the grey background", p.TextSecondary.Value, "#f5f5f5");
        data.Add("app bar text", p.AppbarText.Value, p.AppbarBackground.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_pair_meets_4_5_to_1(string pair, string text, string background)
    {
        var ratio = Contrast(text, background);
        Assert.True(ratio >= 4.5, $"{pair}: {text} on {background} is {ratio:0.00} : 1");
    }

    [Fact]
    public void MudBlazor_default_warning_chip_fails_so_the_check_can_fail() =>
        Assert.True(Contrast("#ffffff", "#ff9800") < 4.5);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string colour)
    {
        var (r, g, b) = Rgb(colour);
        static double Channel(int v)
        {
            var c = v / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    private static (int R, int G, int B) Rgb(string colour)
    {
        var hex = colour.TrimStart('#');
        if (colour.StartsWith("rgba", StringComparison.Ordinal) || colour.StartsWith("rgb", StringComparison.Ordinal))
        {
            var parts = colour[(colour.IndexOf('(', StringComparison.Ordinal) + 1)..colour.IndexOf(')', StringComparison.Ordinal)].Split(',');
            var alpha = parts.Length > 3 ? double.Parse(parts[3], CultureInfo.InvariantCulture) : 1;
            int Blend(string v) => (int)Math.Round((int.Parse(v.Trim(), CultureInfo.InvariantCulture) * alpha) + (255 * (1 - alpha)));
            return (Blend(parts[0]), Blend(parts[1]), Blend(parts[2]));
        }

        return (Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..6], 16));
    }

    private static string Mix(string colour, string background, double alpha)
    {
        var (r, g, b) = Rgb(colour);
        var (br, bg, bb) = Rgb(background);
        int M(int c, int k) => (int)Math.Round((c * alpha) + (k * (1 - alpha)));
        return $"#{M(r, br):x2}{M(g, bg):x2}{M(b, bb):x2}";
    }
}
