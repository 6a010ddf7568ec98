using System.Globalization;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Pdf;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace DentalLab.Web.Features.Compliance;

/// <summary>One case on a delivery note.</summary>
public sealed record DeliveryNoteCase(string CaseNumber, string Patient, string Procedure, int Units, string Teeth, string? Shade, string? Material,
    int? StatementVersion, string? StatementSha256);

/// <summary>What a delivery note says: who delivers, to whom, and every case handed over.</summary>
public sealed record DeliveryNoteData(string LabName, string LabAddress, string Dentist, string Practice, string Address, DateOnly Date,
    IReadOnlyList<DeliveryNoteCase> Cases);

/// <summary>
/// The delivery note of a case, or of a shipment (every case delivered at the shipment's stop): what is delivered,
/// for whom, each case number as a QR code, printed with the latest version of each case's statement of conformity
/// appended, so the paperwork travels together. Per case for staff with cases.view; per shipment for logistics.view.
/// </summary>
public sealed class DeliveryNoteService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings, FileStore files)
{
    public async Task<byte[]?> RenderAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Where(x => x.CaseNumber == caseNumber)
            .Select(x => new { x.Id, x.Dentist!.DentistName, x.Dentist.PracticeName, x.Dentist.AddressLine1, x.Dentist.AddressLine2, x.Dentist.PostalCode, x.Dentist.City })
            .SingleOrDefaultAsync(ct);
        return c is null
            ? null
            : await RenderAsync(db, c.DentistName, c.PracticeName, Address(c.AddressLine1, c.AddressLine2, c.PostalCode, c.City), [c.Id], ct);
    }

    /// <summary>
    /// The note of a delivery shipment: when it is on a route, every case delivered at that stop (one practice's
    /// handover), else the shipment's own case; to the shipment's address. Null for a pickup or an unknown shipment.
    /// </summary>
    public async Task<byte[]?> RenderForShipmentAsync(Guid shipmentId, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.LogisticsView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var shipment = await db.Shipments.AsNoTracking().Where(s => s.Id == shipmentId && s.Type != ShipmentType.Pickup && s.CaseId != null)
            .Select(s => new { s.StopId, s.CaseId, s.Dentist!.DentistName, s.Dentist.PracticeName, s.AddressLine1, s.AddressLine2, s.PostalCode, s.City })
            .SingleOrDefaultAsync(ct);
        if (shipment is null)
        {
            return null;
        }

        var cases = shipment.StopId is { } stop
            ? await db.Shipments.AsNoTracking().Where(s => s.StopId == stop && s.Type != ShipmentType.Pickup && s.CaseId != null)
                .OrderBy(s => s.Case!.CaseNumber).Select(s => s.CaseId!.Value).ToListAsync(ct)
            : [shipment.CaseId!.Value];
        return await RenderAsync(db, shipment.DentistName, shipment.PracticeName, Address(shipment.AddressLine1, shipment.AddressLine2, shipment.PostalCode, shipment.City), cases, ct);
    }

    private static string Address(string? line1, string? line2, string? postalCode, string? city) =>
        string.Join("\n", new[] { line1, line2, string.Join(" ", new[] { postalCode, city }.Where(p => !string.IsNullOrWhiteSpace(p))) }
            .Where(p => !string.IsNullOrWhiteSpace(p)));

    private async Task<byte[]> RenderAsync(LabDbContext db, string dentist, string practice, string address, IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        var rows = await db.Cases.AsNoTracking().Where(x => caseIds.Contains(x.Id))
            .Select(x => new
            {
                x.Id, x.CaseNumber, x.PatientCode, x.PatientName, x.ProcedureType, x.Units, x.Teeth, x.Shade, x.Material,
                Statement = db.ConformityStatements.Where(s => s.CaseId == x.Id).OrderByDescending(s => s.Version)
                    .Select(s => new { s.Version, s.StoredName, s.Sha256 }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        rows = [.. rows.OrderBy(r => r.CaseNumber, StringComparer.Ordinal)];
        var statements = new List<byte[]>();
        foreach (var row in rows)
        {
            if (row.Statement is not null && files.OpenRead(row.Statement.StoredName) is { } stream)
            {
                await using (stream)
                {
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy, ct);
                    statements.Add(copy.ToArray());
                }
            }
        }

        var data = new DeliveryNoteData(
            await settings.GetStringAsync(SettingKeys.LabName, "DentalLab"), await settings.GetStringAsync(SettingKeys.LabAddress, ""),
            dentist, practice, address, await settings.TodayAsync(),
            rows.Select(c => new DeliveryNoteCase(c.CaseNumber, c.PatientCode ?? c.PatientName ?? "", Labels.Label(c.ProcedureType), c.Units,
                string.Join(", ", c.Teeth.Order()), c.Shade, c.Material, c.Statement?.Version, c.Statement?.Sha256)).ToList());
        return Render(data, statements);
    }

    /// <summary>The note on A4 (as many pages as its cases need), then each case's statement, in the order of the cases.</summary>
    public static byte[] Render(DeliveryNoteData data, IReadOnlyList<byte[]> statementPdfs)
    {
        LabFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = data.Cases.Count == 1 ? $"Delivery note {data.Cases[0].CaseNumber}" : $"Delivery note {data.Practice}";
        Draw(document, data);
        foreach (var statementPdf in statementPdfs)
        {
            using var statement = PdfReader.Open(new MemoryStream(statementPdf), PdfDocumentOpenMode.Import);
            foreach (var p in statement.Pages)
            {
                document.AddPage(p);
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(PdfDocument document, DeliveryNoteData d)
    {
        const double margin = 50;
        const double qr = 64;
        var title = new XFont(LabFonts.Family, 18, XFontStyleEx.Bold);
        var bold = new XFont(LabFonts.Family, 10, XFontStyleEx.Bold);
        var regular = new XFont(LabFonts.Family, 10);
        var small = new XFont(LabFonts.Family, 8);
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var width = page.Width.Point;
        var height = page.Height.Point;
        var g = XGraphics.FromPdfPage(page);
        var column = width - (2 * margin);
        void Text(string text, XFont font, double x, double y, double w) =>
            PdfText.Draw(g, PdfText.Fit(g, text, font, w), font, XBrushes.Black, x, y, XStringFormats.TopLeft);

        Text(d.LabName, bold, margin, margin, column);
        var y = margin + 14;
        foreach (var line in d.LabAddress.Split('\n'))
        {
            Text(line, small, margin, y, column);
            y += 10;
        }

        y = Math.Max(y, margin + 30) + 20;
        Text("Delivery note", title, margin, y, column);
        Text(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), regular, width - margin - 80, y + 6, 80);
        y += 30;
        Text("Deliver to", small, margin, y, column);
        y += 11;
        Text(d.Dentist, bold, margin, y, column);
        y += 13;
        Text(d.Practice, regular, margin, y, column);
        y += 13;
        foreach (var line in d.Address.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Text(line, regular, margin, y, column);
            y += 13;
        }

        y += 10;
        Text(d.Cases.Count == 1 ? "1 case" : $"{d.Cases.Count} cases", bold, margin, y, column);
        y += 18;
        var textX = margin + qr + 14;
        var textWidth = width - margin - textX;
        foreach (var c in d.Cases)
        {
            if (y + qr + 12 > height - margin - 60)
            {
                g.Dispose();
                page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                g = XGraphics.FromPdfPage(page);
                y = margin;
            }

            // Each case's number as a QR code, what the receiving practice (or the driver's phone) scans.
            CaseTicket.DrawQr(g, c.CaseNumber, margin, y, qr);
            Text(c.CaseNumber + " · " + (c.Units > 1 ? $"{c.Procedure} × {c.Units} units" : c.Procedure), bold, textX, y + 2, textWidth);
            Text($"Case number {c.CaseNumber} · patient code {c.Patient}", regular, textX, y + 17, textWidth);
            Text($"Teeth {(c.Teeth.Length == 0 ? "—" : c.Teeth)} · shade {c.Shade ?? "—"} · material {c.Material ?? "—"}", regular, textX, y + 31, textWidth);
            Text("Statement of conformity: " + (c.StatementVersion is { } v ? $"version {v}, enclosed (SHA-256 {c.StatementSha256![..16]}…)" : "not issued"),
                small, textX, y + 46, textWidth);
            y += qr + 14;
            g.DrawLine(XPens.LightGray, margin, y - 6, width - margin, y - 6);
        }

        y += 24;
        g.DrawLine(XPens.Gray, margin, y + 20, margin + 220, y + 20);
        Text("Received by (name, date, signature)", small, margin, y + 24, 300);
        g.Dispose();
    }
}
