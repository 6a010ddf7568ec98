using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Cases;

/// <summary>The case list's CSV columns (written by the shared <see cref="CsvWriter"/>).</summary>
public static class CaseCsv
{
    public static IReadOnlyList<CsvColumn<CaseListRow>> Columns(TimeZoneInfo zone) =>
    [
        new("Case number", r => r.CaseNumber),
        new("Received", r => CsvWriter.Time(r.ReceivedAt, zone)),
        new("Due date", r => CsvWriter.Date(r.DueDate)),
        new("Late", r => CsvWriter.YesNo(r.IsLate)),
        new("Where it is", r => r.WhereItIs),
        new("Urgency", r => Labels.Label(r.Urgency)),
        new("Priority", r => Labels.Label(r.Priority)),
        new("Dentist", r => r.Dentist),
        new("Practice", r => r.Practice),
        new("Patient name", r => r.PatientName),
        new("Patient code", r => r.PatientCode),
        new("Procedure", r => Labels.Label(r.Procedure)),
        new("Teeth", r => Dentition.Describe(r.Teeth, r.BridgeSpans)),
        new("Shade", r => r.Shade),
        new("Units", r => CsvWriter.Number(r.Units)),
        new("Remake", r => CsvWriter.YesNo(r.IsRemake)),
    ];
}
