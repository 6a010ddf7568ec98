using MudBlazor;

namespace DentalLab.Web.Components.Layout;

/// <summary>The lab's colours, light and dark.</summary>
public static class LabTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f6e8c",
            Secondary = "#7b5ea7",
            AppbarBackground = "#0f6e8c",
            // Darker than MudBlazor's defaults so text in these colours, and white text on them, meets WCAG AA 4.5:1
            // (calendar legend and late markers; 5.0-5.8:1 on white).
            Tertiary = "#00796b",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84b00",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#4fb3d9",
            Secondary = "#b39ddb",
        },
    };
}
