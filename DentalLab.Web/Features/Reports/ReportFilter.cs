using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using Npgsql;
using NpgsqlTypes;

namespace DentalLab.Web.Features.Reports;

/// <summary>Which filters a report offers (revenue: dentist; completion: dentist and procedure; ...).</summary>
[Flags]
public enum ReportFilters { None = 0, Dentist = 1, Procedure = 2, Department = 4, Technician = 8 }

/// <summary>
/// The filters of a report page, carried in the query string next to the period (<c>dentist=</c>, <c>procedure=</c>,
/// <c>department=</c>, <c>technician=</c>), so the address and the CSV link name the view. A report applies only the
/// filters that fit it (<see cref="For"/>); the others are dropped from its address.
/// </summary>
public sealed record ReportFilter(Guid? DentistId = null, ProcedureType? Procedure = null, Guid? DepartmentId = null, Guid? TechnicianId = null)
{
    public static readonly ReportFilter None = new();

    public static ReportFilter Parse(string? dentist, string? procedure, string? department, string? technician) => new(
        Guid.TryParse(dentist, out var d) ? d : null,
        CaseVocabulary.FromSlug<ProcedureType>(procedure),
        Guid.TryParse(department, out var dep) ? dep : null,
        Guid.TryParse(technician, out var t) ? t : null);

    /// <summary>Only the filters that <paramref name="fits"/> names.</summary>
    public ReportFilter For(ReportFilters fits) => new(
        fits.HasFlag(ReportFilters.Dentist) ? DentistId : null,
        fits.HasFlag(ReportFilters.Procedure) ? Procedure : null,
        fits.HasFlag(ReportFilters.Department) ? DepartmentId : null,
        fits.HasFlag(ReportFilters.Technician) ? TechnicianId : null);

    public bool IsEmpty => this == None;

    /// <summary>The query string of the filters that are set, each with a leading '&amp;' (empty when none is).</summary>
    public string Query =>
        (DentistId is { } d ? $"&dentist={d}" : "") +
        (Procedure is { } p ? $"&procedure={CaseVocabulary.Slug(p)}" : "") +
        (DepartmentId is { } dep ? $"&department={dep}" : "") +
        (TechnicianId is { } t ? $"&technician={t}" : "");

    /// <summary>The procedure as PostgreSQL's enum label (procedure_type), or null: the SQL compares <c>procedure_type::text</c>.</summary>
    public string? ProcedureText => Procedure is { } p ? CaseVocabulary.Slug(p) : null;

    // The filters as typed SQL parameters (a fresh one per use: a parameter belongs to one command); null stands for
    // "all", which the SQL tests as "$n::uuid IS NULL OR ...".
    internal NpgsqlParameter DentistArg => Typed(DentistId, NpgsqlDbType.Uuid);

    internal NpgsqlParameter ProcedureArg => Typed(ProcedureText, NpgsqlDbType.Text);

    internal NpgsqlParameter DepartmentArg => Typed(DepartmentId, NpgsqlDbType.Uuid);

    internal NpgsqlParameter TechnicianArg => Typed(TechnicianId, NpgsqlDbType.Uuid);

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}

/// <summary>What the filter lists offer: practices, departments (with a production stage) and technicians (staff who completed stages or belong to a department).</summary>
public sealed record ReportFilterOptions(IReadOnlyList<(Guid Id, string Name)> Dentists, IReadOnlyList<(Guid Id, string Name)> Departments,
    IReadOnlyList<(Guid Id, string Name)> Technicians);
