using System.Globalization;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DentalLab.Web.Features.Logistics;

/// <summary>
/// The driver's route sheet (A4): the route, then each stop in driving order with address, contact and phone, the
/// cases to hand over with their QR codes (what the phone scans), the boxes to collect, and a box for the
/// recipient's name and signature.
/// </summary>
public static class RouteSheetPdf
{
    private const double Margin = 40;
    private const double Qr = 46;

    public static byte[] Render(DeliveryRouteView route, TimeZoneInfo zone)
    {
        LabFonts.EnsureInstalled();
        var title = new XFont(LabFonts.Family, 16, XFontStyleEx.Bold);
        var heading = new XFont(LabFonts.Family, 11, XFontStyleEx.Bold);
        var text = new XFont(LabFonts.Family, 9);
        var small = new XFont(LabFonts.Family, 7.5);
        using var document = new PdfDocument();
        document.Info.Title = "Route sheet " + route.Name;
        document.Info.Creator = "DentalLab";
        XGraphics? g = null;
        double y = 0, width = 0, height = 0;

        void NewPage()
        {
            g?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            width = page.Width.Point;
            height = page.Height.Point;
            g = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        void Line(string value, XFont font, double x, double room)
        {
            g!.DrawString(Fit(g, value, font, room), font, XBrushes.Black, new XRect(x, y, room, font.Size + 3), XStringFormats.TopLeft);
            y += font.Size + 4;
        }

        NewPage();
        Line(route.Name, title, Margin, width - (2 * Margin));
        Line($"{route.RouteDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)} · Driver: {route.Driver ?? "—"} · Vehicle: {route.Vehicle ?? "—"}", text, Margin, width - (2 * Margin));
        Line($"{route.Stops.Count} stops · printed {TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}", small, Margin, width - (2 * Margin));
        y += 6;

        foreach (var stop in route.Stops)
        {
            var deliveries = stop.Deliveries.Where(s => s.CaseNumber is not null).ToList();
            var pickups = stop.Pickups.ToList();
            var rows = (int)Math.Ceiling(deliveries.Count / 4.0);
            var needed = 60 + (rows * (Qr + 16)) + (pickups.Count * 13) + 62;
            if (y + needed > height - Margin)
            {
                NewPage();
            }

            var top = y;
            var room = width - (2 * Margin) - 12;
            y += 6;
            Line($"Stop {stop.Sequence} · {stop.Practice}", heading, Margin + 6, room);
            Line(stop.Address, text, Margin + 6, room);
            Line($"Contact: {stop.ContactName ?? "—"} · Phone: {stop.Phone ?? "—"}", text, Margin + 6, room);
            var windows = stop.Shipments.Select(s => LogisticsLabels.Window(s.WindowFrom, s.WindowTo)).Where(w => w.Length > 0).Distinct().ToList();
            if (windows.Count > 0)
            {
                Line("Time window: " + string.Join(", ", windows), text, Margin + 6, room);
            }

            for (var i = 0; i < deliveries.Count; i++)
            {
                var column = i % 4;
                var x = Margin + 6 + (column * 120);
                if (column == 0 && i > 0)
                {
                    y += Qr + 16;
                }

                CaseTicket.DrawQr(g!, deliveries[i].CaseNumber!, x, y + 2, Qr);
                g!.DrawString(deliveries[i].CaseNumber!, small, XBrushes.Black, new XRect(x, y + Qr + 3, 115, 10), XStringFormats.TopLeft);
            }

            if (deliveries.Count > 0)
            {
                y += Qr + 18;
            }

            foreach (var pickup in pickups)
            {
                Line($"Collect: {pickup.Boxes ?? 1} box{(pickup.Boxes is null or 1 ? "" : "es")}{(pickup.Note is null ? "" : " — " + pickup.Note)}", text, Margin + 6, room);
            }

            // The signature box: the recipient's name and signature.
            y += 4;
            var pen = new XPen(XColors.Black, 0.5);
            g!.DrawRectangle(pen, Margin + 6, y, 200, 40);
            g.DrawRectangle(pen, Margin + 216, y, room - 210, 40);
            g.DrawString("Received by (name)", small, XBrushes.DimGray, new XPoint(Margin + 9, y + 9));
            g.DrawString("Signature", small, XBrushes.DimGray, new XPoint(Margin + 219, y + 9));
            y += 48;
            g.DrawRectangle(new XPen(XColors.Gray, 0.75), Margin, top, width - (2 * Margin), y - top);
            y += 10;
        }

        g?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && g.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
