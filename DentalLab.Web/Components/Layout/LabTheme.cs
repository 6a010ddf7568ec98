using MudBlazor;

namespace DentalLab.Web.Components.Layout;

/// <summary>
/// The lab's colours, light and dark: the only place colours are chosen. Every text/background pair meets WCAG AA
/// (4.5 : 1): white on each filled colour, each colour's "darken" on its own 6 % tint (MudBlazor's text alerts),
/// and secondary text on white. MudBlazor's defaults do not (white on #ff9800 is 2.15 : 1, on #00c853 2.23 : 1);
/// the test LabThemeContrastTests checks every pair below.
/// </summary>
public static class LabTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f6e8c",
            PrimaryDarken = "#0b5a73",
            Secondary = "#6d4c9f",
            SecondaryDarken = "#5a3d86",
            Tertiary = "#00695c",
            TertiaryDarken = "#004d40",
            Info = "#1565c0",
            InfoDarken = "#0d5ca8",
            Success = "#1b6e20",
            SuccessDarken = "#145218",
            Warning = "#a65400",
            WarningDarken = "#8a4500",
            Error = "#c62828",
            ErrorDarken = "#b71c1c",
            Dark = "#424242",
            DarkDarken = "#303030",
            TextSecondary = "#5f5f5f",
            ActionDefault = "#5f5f5f",
            DrawerIcon = "#5f5f5f",
            AppbarBackground = "#0f6e8c",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#4fb3d9",
            Secondary = "#b39ddb",
        },
    };
}
