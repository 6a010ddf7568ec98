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
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#4fb3d9",
            Secondary = "#b39ddb",
        },
    };
}
