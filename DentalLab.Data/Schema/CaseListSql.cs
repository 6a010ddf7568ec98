namespace DentalLab.Data.Schema;

/// <summary>
/// The case list pages by keyset (DentalLab.Web CaseListSort): each sort is a tuple of keys ending in the case number,
/// and each tuple has an index here, so "next page" is an index scan that starts at the cursor and reads one page,
/// whether the page is the first or the 40,000th. The expressions are written exactly as EF writes the sort keys
/// (PostgreSQL matches an expression index by the expression). Partial on <c>deleted_at IS NULL</c>, the soft-delete
/// filter every query of cases carries: the capped count of a filter can then be an index-only scan.
/// ix_cases_list_current_stage is the stage filter's (the stage sort's index is on an expression a filter cannot use).
/// ix_cases_list_in_lab holds only the ~2,000 cases still in the lab: "late only" and "in the lab only" count and page
/// from it instead of reading the million delivered ones to find them, and the dashboard counts from it alone (its
/// INCLUDE columns; <c>Case.InLab</c> is its predicate). ix_cases_case_number_prefix serves a search for a
/// whole case number as a prefix (LIKE 'DL-2016-001027%' in any collation).
/// The case number sort uses the unique index on case_number; the dentist sort (by name, through a join) reads at most
/// a page of each dentist's cases from ix_cases_list_dentist (CaseListSort says how). See docs/decisions/003-performance-at-a-million-cases.md.
/// </summary>
public static class CaseListSql
{
    private const string Live = "WHERE deleted_at IS NULL";

    public const string KeysetIndexes = $"""
        CREATE INDEX IF NOT EXISTS ix_cases_list_due ON cases ((status IN ('delivered'::case_status, 'cancelled'::case_status)), due_date, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_due_desc ON cases ((status NOT IN ('delivered'::case_status, 'cancelled'::case_status)), due_date, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_received ON cases (received_at, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_dentist ON cases (dentist_id, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_patient ON cases ((COALESCE(patient_name, patient_code)), case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_procedure ON cases (procedure_type, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_status ON cases (status, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_stage ON cases ((current_stage IS NULL), (COALESCE(current_stage, 'receiving'::workflow_stage_name)), case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_where ON cases ((CASE WHEN status = 'on_hold'::case_status THEN 1 WHEN status = 'delivered'::case_status THEN 2 WHEN status = 'cancelled'::case_status THEN 3 ELSE 0 END),
            (current_stage IS NULL), (COALESCE(current_stage, 'receiving'::workflow_stage_name)), case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_urgency ON cases (urgency, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_priority ON cases (priority, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_current_stage ON cases (current_stage, case_number) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_case_number_prefix ON cases (case_number varchar_pattern_ops) {Live};
        CREATE INDEX IF NOT EXISTS ix_cases_list_in_lab ON cases (due_date, case_number) INCLUDE (dentist_id, status, current_stage) {Live} AND status NOT IN ('delivered'::case_status, 'cancelled'::case_status);
        """;
}
