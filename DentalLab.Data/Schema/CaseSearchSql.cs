namespace DentalLab.Data.Schema;

/// <summary>
/// The case list's search box matches a fragment anywhere in the case number, patient name or patient code
/// (<c>ILIKE '%…%'</c>). A b-tree cannot serve a leading wildcard, so at a million cases every search read the whole
/// table; GIN trigram indexes serve all three, and the planner ORs them with the dentist index (the practice and
/// dentist names are matched first in the small dentists table). See docs/decisions/003-performance-at-a-million-cases.md.
/// </summary>
public static class CaseSearchSql
{
    public const string SearchIndexes = """
        CREATE INDEX IF NOT EXISTS ix_cases_case_number_trgm ON cases USING gin (case_number gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_cases_patient_name_trgm ON cases USING gin (patient_name gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_cases_patient_code_trgm ON cases USING gin (patient_code gin_trgm_ops);
        """;
}
