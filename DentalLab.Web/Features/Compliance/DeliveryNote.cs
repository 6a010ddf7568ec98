using System.Globalization;
using DentalLab.Data;
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

/// <summary>What a delivery note says about one case.</summary>
public sealed record DeliveryNoteData(string LabName, string LabAddress, string CaseNumber, string Dentist, string Practice, string Address,
    string Patient, string Procedure, int Units, string Teeth, string? Shade, string? Material, DateOnly Date, int? StatementVersion, string? StatementSha256);

/// <summary>
/// The delivery note of a case (what is delivered, for whom, the case number as QR), printed with the latest version
/// of its statement of conformity appended, so the paperwork travels together. Staff with cases.view.
/// </summary>
public sealed class DeliveryNoteService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings, FileStore files)
{
    public async Task<byte[]?> RenderAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Where(x => x.CaseNumber == caseNumber)
            .Select(x => new
            {
                x.Id, x.CaseNumber, x.Dentist!.DentistName, x.Dentist.PracticeName, x.Dentist.AddressLine1, x.Dentist.AddressLine2, x.Dentist.PostalCode, x.Dentist.City,
                x.PatientCode, x.PatientName, x.ProcedureType, x.Units, x.Teeth, x.Shade, x.Material,
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }

        var statement = await db.ConformityStatements.AsNoTracking().Where(s => s.CaseId == c.Id)
            .OrderByDescending(s => s.Version).Select(s => new { s.Version, s.StoredName, s.Sha256 }).FirstOrDefaultAsync(ct);
        var address = string.Join("\n", new[] { c.AddressLine1, c.AddressLine2, string.Join(" ", new[] { c.PostalCode, c.City }.Where(p => !string.IsNullOrWhiteSpace(p))) }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var data = new DeliveryNoteData(
            await settings.GetStringAsync(SettingKeys.LabName, "DentalLab"), await settings.GetStringAsync(SettingKeys.LabAddress, ""),
            c.CaseNumber, c.DentistName, c.PracticeName, address, c.PatientCode ?? c.PatientName ?? "", Labels.Label(c.ProcedureType), c.Units,
            string.Join(", ", c.Teeth.Order()), c.Shade, c.Material, await settings.TodayAsync(), statement?.Version, statement?.Sha256);
        byte[]? statementPdf = null;
        if (statement is not null && files.OpenRead(statement.StoredName) is { } stream)
        {
            await using (stream)
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, ct);
                statementPdf = copy.ToArray();
            }
        }

        return Render(data, statementPdf);
    }

    /// <summary>The note on an A4 page, then the statement's pages.</summary>
    public static byte[] Render(DeliveryNoteData data, byte[]? statementPdf)
    {
        LabFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Delivery note {data.CaseNumber}";
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var g = XGraphics.FromPdfPage(page))
        {
            Draw(g, data, page.Width.Point);
        }

        if (statementPdf is not null)
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

    private static void Draw(XGraphics g, DeliveryNoteData d, double width)
    {
        const double margin = 50;
        var title = new XFont(LabFonts.Family, 18, XFontStyleEx.Bold);
        var bold = new XFont(LabFonts.Family, 10, XFontStyleEx.Bold);
        var regular = new XFont(LabFonts.Family, 10);
        var small = new XFont(LabFonts.Family, 8);
        var column = width - (2 * margin) - 120;
        void Text(string text, XFont font, double x, double y, double w) =>
            PdfText.Draw(g, PdfText.Fit(g, text, font, w), font, XBrushes.Black, x, y, XStringFormats.TopLeft);

        Text(d.LabName, bold, margin, margin, column);
        var y = margin + 14;
        foreach (var line in d.LabAddress.Split('\n'))
        {
            Text(line, small, margin, y, column);
            y += 10;
        }

        CaseTicket.DrawQr(g, d.CaseNumber, width - margin - 100, margin, 100);
        y = Math.Max(y, margin + 30) + 20;
        Text("Delivery note", title, margin, y, column);
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

        y = Math.Max(y, margin + 160) + 16;
        (string Label, string Value)[] rows =
        [
            ("Case number", d.CaseNumber),
            ("Date", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Patient code", d.Patient),
            ("Delivered", d.Units > 1 ? $"{d.Procedure} × {d.Units} units" : d.Procedure),
            ("Teeth", d.Teeth.Length == 0 ? "—" : d.Teeth),
            ("Shade", d.Shade ?? "—"),
            ("Material", d.Material ?? "—"),
            ("Statement of conformity", d.StatementVersion is { } v ? $"version {v}, enclosed (SHA-256 {d.StatementSha256![..16]}…)" : "not issued"),
        ];
        foreach (var (label, value) in rows)
        {
            Text(label, bold, margin, y, 150);
            Text(value, regular, margin + 160, y, width - (2 * margin) - 160);
            y += 18;
        }

        y += 30;
        g.DrawLine(XPens.Gray, margin, y + 20, margin + 220, y + 20);
        Text("Received by (name, date, signature)", small, margin, y + 24, 300);
    }
}
