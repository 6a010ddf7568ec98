namespace DentalLab.Data.Schema;

/// <summary>
/// Partial and covering indexes for the pages a lab opens all day, measured at a million cases
/// (docs/decisions/003-performance-at-a-million-cases.md). A ten-year lab has a few thousand cases in the lab among a
/// million delivered, so every "in the lab" read (dashboard, dentist list, portal home) scanned the table or a
/// dentist's whole history; the partial indexes hold only the cases in the lab, with the predicate of
/// <c>Case.InLab</c> (<c>ix_cases_list_in_lab</c> by due date, from CaseListSql, and the one here by dentist). The
/// portal's "recently delivered" reads a dentist's delivered cases newest first; the dentist page counts a dentist's
/// cases by month and year, and its delivery figures (on time, average turnaround: 120 ms over the busiest practice's
/// 23,000 delivered cases by bitmap heap scan, 13 ms from the delivered index alone), without visiting the table; and
/// the dentist list sums each practice's open invoices from the index alone.
/// </summary>
public static class PageIndexesSql
{
    public const string Create = """
        CREATE INDEX IF NOT EXISTS ix_cases_in_lab_dentist ON cases (dentist_id, due_date) INCLUDE (status, current_stage)
            WHERE deleted_at IS NULL AND status <> 'delivered' AND status <> 'cancelled';
        CREATE INDEX IF NOT EXISTS ix_cases_delivered_dentist ON cases (dentist_id, delivered_at DESC) INCLUDE (received_at, due_date)
            WHERE deleted_at IS NULL AND status = 'delivered';
        CREATE INDEX IF NOT EXISTS ix_cases_dentist_received_cover ON cases (dentist_id, received_at) INCLUDE (parent_case_id)
            WHERE deleted_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_invoices_open_dentist ON invoices (dentist_id) INCLUDE (total, amount_paid)
            WHERE deleted_at IS NULL AND status IN ('sent', 'overdue');
        """;

    /// <summary>
    /// A practice's monthly statement sums ten years of its invoices and their payments for the opening balance, and reads
    /// the payments of the invoices still open. With only (invoice_id, paid_on) the planner hashed all 320,000 payments
    /// (61 and 73 ms for the busiest practice); covering both sides it walks the practice's invoices and each one's
    /// payments from the indexes (23 and 9 ms; the invoice sums 4.8 → 1.3 ms).
    /// </summary>
    public const string CreateStatementCovers = """
        CREATE INDEX IF NOT EXISTS ix_invoices_dentist_issue_cover ON invoices (dentist_id, issue_date) INCLUDE (status, total, refunded_at, id)
            WHERE deleted_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_payments_invoice_cover ON payments (invoice_id) INCLUDE (paid_on, amount, kind, reference, id)
            WHERE deleted_at IS NULL;
        """;

    /// <summary>
    /// The statement's opening balance takes what was paid before the month as the practice's amount_paid less the
    /// payments since (those invoices are read one by one anyway), where it summed each of its ten years of invoices'
    /// payments (4,500 index probes, 19.5 ms for the busiest practice): amount_paid joins the statement's invoice cover,
    /// so the charged, credited and paid sums are one index-only scan.
    /// </summary>
    public const string WidenStatementCover = """
        DROP INDEX IF EXISTS ix_invoices_dentist_issue_cover;
        CREATE INDEX ix_invoices_dentist_issue_cover ON invoices (dentist_id, issue_date) INCLUDE (status, total, refunded_at, id, amount_paid)
            WHERE deleted_at IS NULL;
        """;

    /// <summary>Undoes <see cref="WidenStatementCover"/>: the cover as <see cref="CreateStatementCovers"/> made it.</summary>
    public const string NarrowStatementCover = "DROP INDEX IF EXISTS ix_invoices_dentist_issue_cover;\n" + CreateStatementCovers;

    /// <summary>
    /// The board card's "next stage" is a case's first pending stage: among a million cases' seven million stages only the
    /// in-lab cases' later stages are pending, and this index holds just those (each card read it by a bitmap AND over
    /// every pending stage before: 0.1 ms a card, 5 ms a column).
    /// </summary>
    public const string CreatePendingStages = """
        CREATE INDEX IF NOT EXISTS ix_workflow_stages_pending ON workflow_stages (case_id, position, attempt DESC) WHERE status = 'pending';
        """;
}
