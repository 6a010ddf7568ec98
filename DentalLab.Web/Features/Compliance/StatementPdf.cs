using System.Globalization;
using DentalLab.Web.Infrastructure.Pdf;

namespace DentalLab.Web.Features.Compliance;

/// <summary>Draws a statement of conformity from its content (the stored data), in the wording of its language.</summary>
public static class StatementPdf
{
    private const double Line = 13;

    public static byte[] Render(StatementContent c, string paperSize)
    {
        var w = StatementWording.For(c.Language).Wording;
        using var pdf = new PdfCanvas(paperSize, $"{w.Title} {c.CaseNumber} v{c.Version}");
        var width = pdf.Right - pdf.Left;
        pdf.Y += 10;
        pdf.Text(w.Title, PdfCanvas.Title, pdf.Left, pdf.Y, width);
        pdf.Y += 16;
        pdf.Paragraph(w.Subtitle, PdfCanvas.Small, pdf.Left, width, 11);
        pdf.Text($"{w.Version} {c.Version} · {c.CaseNumber}", PdfCanvas.Bold, pdf.Left, pdf.Y + 4, width);
        pdf.Y += 16;
        if (c.CorrectionReason is { } reason)
        {
            pdf.Paragraph($"{w.Correction}: {reason}", PdfCanvas.Regular, pdf.Left, width, Line);
        }

        Section(pdf, w.Manufacturer);
        pdf.Paragraph(c.ManufacturerName, PdfCanvas.Bold, pdf.Left, width, Line);
        pdf.Paragraph(c.ManufacturerAddress, PdfCanvas.Regular, pdf.Left, width, Line);
        Field(pdf, w.Registration, c.RegistrationNumber ?? w.None);
        if (c.AuthorisedRepresentative is { } representative)
        {
            Field(pdf, w.AuthorisedRepresentative, representative);
        }

        Section(pdf, w.Device);
        Field(pdf, w.CaseNumber, c.CaseNumber);
        Field(pdf, w.Procedure, c.Units > 1 ? $"{c.Procedure} × {c.Units}" : c.Procedure);
        Field(pdf, w.Teeth, c.Teeth.Length == 0 ? w.None : c.Teeth + (c.BridgeSpans is { } spans ? $" ({spans})" : ""));
        Field(pdf, w.Shade, c.Shade ?? w.None);
        Field(pdf, w.Material, c.Material ?? w.None);
        pdf.Y += 4;
        pdf.Paragraph(string.Format(CultureInfo.InvariantCulture, w.ExclusiveUse, c.PatientCode), PdfCanvas.Regular, pdf.Left, width, Line);

        Section(pdf, w.Prescriber);
        pdf.Paragraph(c.Dentist, PdfCanvas.Bold, pdf.Left, width, Line);
        pdf.Paragraph(c.Practice, PdfCanvas.Regular, pdf.Left, width, Line);

        Section(pdf, w.Characteristics);
        pdf.Paragraph(c.Characteristics ?? w.None, PdfCanvas.Regular, pdf.Left, width, Line);

        Section(pdf, w.MaterialsUsed);
        if (c.Materials.Count == 0)
        {
            pdf.Paragraph(w.NoMaterials, PdfCanvas.Regular, pdf.Left, width, Line);
        }
        else
        {
            var cols = new[] { pdf.Left, pdf.Left + (width * 0.45), pdf.Left + (width * 0.78) };
            pdf.Text(w.MaterialColumn, PdfCanvas.Bold, cols[0], pdf.Y, cols[1] - cols[0] - 6);
            pdf.Text(w.ManufacturerColumn, PdfCanvas.Bold, cols[1], pdf.Y, cols[2] - cols[1] - 6);
            pdf.Text(w.LotColumn, PdfCanvas.Bold, cols[2], pdf.Y, pdf.Right - cols[2]);
            pdf.Y += Line;
            foreach (var m in c.Materials)
            {
                pdf.Need(Line);
                pdf.Text(m.Material, PdfCanvas.Regular, cols[0], pdf.Y, cols[1] - cols[0] - 6);
                pdf.Text(m.Manufacturer ?? w.None, PdfCanvas.Regular, cols[1], pdf.Y, cols[2] - cols[1] - 6);
                pdf.Text(m.Lot ?? w.None, PdfCanvas.Regular, cols[2], pdf.Y, pdf.Right - cols[2]);
                pdf.Y += Line;
            }
        }

        Section(pdf, w.ConformityHeading);
        pdf.Paragraph(w.Conformity, PdfCanvas.Regular, pdf.Left, width, Line);
        if (string.IsNullOrWhiteSpace(c.RequirementsNotMet))
        {
            pdf.Paragraph(w.AllMet, PdfCanvas.Regular, pdf.Left, width, Line);
        }
        else
        {
            pdf.Paragraph(w.NotMet, PdfCanvas.Bold, pdf.Left, width, Line);
            pdf.Paragraph(c.RequirementsNotMet, PdfCanvas.Regular, pdf.Left, width, Line);
        }

        Section(pdf, w.SubstancesHeading);
        pdf.Paragraph(string.IsNullOrWhiteSpace(c.Substances) ? w.NoSubstances : c.Substances, PdfCanvas.Regular, pdf.Left, width, Line);

        pdf.Need(70);
        pdf.Y += 14;
        Field(pdf, w.Date, c.IssuedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(pdf, w.PersonResponsible, c.PersonResponsible);
        pdf.Y += 22;
        pdf.Line(pdf.Left, pdf.Left + 220, pdf.Y);
        pdf.Y += 10;
        pdf.Text($"{w.Signature}: {c.SignedBy}", PdfCanvas.Small, pdf.Left, pdf.Y, 300);
        return pdf.Finish($"{w.Footer} · {c.CaseNumber} · {w.Version} {c.Version}");
    }

    private static void Section(PdfCanvas pdf, string heading)
    {
        pdf.Need(40);
        pdf.Y += 12;
        pdf.Text(heading, PdfCanvas.Heading, pdf.Left, pdf.Y, pdf.Right - pdf.Left);
        pdf.Y += 4;
        pdf.Line(pdf.Left, pdf.Right, pdf.Y);
        pdf.Y += Line;
    }

    private static void Field(PdfCanvas pdf, string label, string value)
    {
        pdf.Need(Line);
        pdf.Text(label, PdfCanvas.Bold, pdf.Left, pdf.Y, 140);
        var x = pdf.Left + 150;
        var before = pdf.Y;
        pdf.Paragraph(value, PdfCanvas.Regular, x, pdf.Right - x, Line);
        pdf.Y = Math.Max(pdf.Y, before + Line);
    }
}
