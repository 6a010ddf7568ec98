namespace DentalLab.Data.Schema;

/// <summary>
/// Hand-written SQL that migrations apply: the updated_at trigger and the three materialized views that read their
/// tables whole (the reports' day and month views, department_efficiency and staff_performance are in ReportsSql).
/// Each statement is safe to run again (the idempotent schema.sql may meet an existing object).
/// </summary>
public static class MigrationSql
{
    /// <summary>
    /// Bumps updated_at on every UPDATE that does not set it itself, so writes from outside the app are stamped
    /// too. The app's own writes set it (from its clock) and are left alone.
    /// </summary>
    public const string UpdatedAtFunction = """
        CREATE OR REPLACE FUNCTION update_updated_at_column() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
                NEW.updated_at = now();
            END IF;
            RETURN NEW;
        END
        $fn$;
        """;

    /// <summary>(Re)creates the trigger on every table that has an updated_at column; a migration that adds such a table calls it again.</summary>
    public const string UpdatedAtTriggers = """
        DO $do$
        DECLARE t record;
        BEGIN
            FOR t IN
                SELECT c.table_name
                FROM information_schema.columns c
                JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
            LOOP
                EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
                EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                    'trg_' || t.table_name || '_updated_at', t.table_name);
            END LOOP;
        END
        $do$;
        """;

    public const string DropUpdatedAtTriggers = """
        DO $do$
        DECLARE t record;
        BEGIN
            FOR t IN SELECT event_object_table AS table_name, trigger_name FROM information_schema.triggers
                     WHERE trigger_schema = current_schema() AND trigger_name LIKE 'trg\_%\_updated\_at'
            LOOP
                EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t.trigger_name, t.table_name);
            END LOOP;
        END
        $do$;
        DROP FUNCTION IF EXISTS update_updated_at_column();
        """;

    /// <summary>Revenue by invoice month (invoices that were sent: not drafts, not cancelled).</summary>
    public const string MonthlyRevenue = """
        CREATE MATERIALIZED VIEW IF NOT EXISTS monthly_revenue AS
        SELECT date_trunc('month', i.issue_date)::date AS month,
               count(*)::int AS invoice_count,
               count(DISTINCT i.dentist_id)::int AS dentist_count,
               COALESCE(sum(i.subtotal), 0)::numeric(14,2) AS subtotal,
               COALESCE(sum(i.discount_amount), 0)::numeric(14,2) AS discounts,
               COALESCE(sum(i.tax_amount), 0)::numeric(14,2) AS tax,
               COALESCE(sum(i.total), 0)::numeric(14,2) AS invoiced,
               COALESCE(sum(i.amount_paid), 0)::numeric(14,2) AS collected,
               COALESCE(sum(i.total - i.amount_paid) FILTER (WHERE i.status IN ('sent', 'overdue')), 0)::numeric(14,2) AS outstanding
        FROM invoices i
        WHERE i.deleted_at IS NULL AND i.status NOT IN ('draft', 'cancelled')
        GROUP BY 1;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_monthly_revenue_month ON monthly_revenue (month);
        """;

    /// <summary>Completion, on-time and remake rates and turnaround by procedure type.</summary>
    public const string CaseCompletionRates = """
        CREATE MATERIALIZED VIEW IF NOT EXISTS case_completion_rates AS
        SELECT c.procedure_type,
               count(*)::int AS total_cases,
               count(*) FILTER (WHERE c.status = 'delivered')::int AS delivered_cases,
               count(*) FILTER (WHERE c.status = 'cancelled')::int AS cancelled_cases,
               count(*) FILTER (WHERE c.status = 'delivered' AND c.delivered_at::date <= c.due_date)::int AS on_time_cases,
               count(*) FILTER (WHERE c.parent_case_id IS NOT NULL)::int AS remake_cases,
               round(100.0 * count(*) FILTER (WHERE c.status = 'delivered') / NULLIF(count(*), 0), 2) AS completion_rate,
               round(100.0 * count(*) FILTER (WHERE c.status = 'delivered' AND c.delivered_at::date <= c.due_date)
                     / NULLIF(count(*) FILTER (WHERE c.status = 'delivered'), 0), 2) AS on_time_rate,
               round(100.0 * count(*) FILTER (WHERE c.parent_case_id IS NOT NULL) / NULLIF(count(*), 0), 2) AS remake_rate,
               round((avg(extract(epoch FROM c.delivered_at - c.received_at) / 86400.0)
                     FILTER (WHERE c.delivered_at IS NOT NULL))::numeric, 2) AS avg_turnaround_days
        FROM cases c
        WHERE c.deleted_at IS NULL
        GROUP BY c.procedure_type;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_case_completion_rates_procedure ON case_completion_rates (procedure_type);
        """;

    /// <summary>Stock, use and turnover over the last 90 days for each item.</summary>
    public const string InventoryTurnover = """
        CREATE MATERIALIZED VIEW IF NOT EXISTS inventory_turnover AS
        SELECT i.id AS item_id,
               i.sku,
               i.name,
               i.category,
               i.quantity_on_hand,
               i.reorder_level,
               (i.quantity_on_hand <= i.reorder_level) AS below_reorder_level,
               COALESCE(sum(abs(t.quantity)) FILTER (WHERE t.type IN ('out', 'damage', 'write_off')
                        AND t.occurred_at >= now() - interval '90 days'), 0) AS used_90d,
               COALESCE(sum(t.quantity) FILTER (WHERE t.type = 'in' AND t.occurred_at >= now() - interval '90 days'), 0) AS received_90d,
               round(COALESCE(sum(abs(t.quantity)) FILTER (WHERE t.type IN ('out', 'damage', 'write_off')
                        AND t.occurred_at >= now() - interval '90 days'), 0) / NULLIF(i.quantity_on_hand, 0), 2) AS turnover_ratio_90d,
               max(t.occurred_at) AS last_movement_at,
               (i.quantity_on_hand * i.unit_cost)::numeric(14,2) AS stock_value
        FROM inventory_items i
        LEFT JOIN inventory_transactions t ON t.item_id = i.id
        WHERE i.deleted_at IS NULL
        GROUP BY i.id;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_inventory_turnover_item ON inventory_turnover (item_id);
        """;

    public const string DropViews = """
        DROP MATERIALIZED VIEW IF EXISTS inventory_turnover;
        DROP MATERIALIZED VIEW IF EXISTS case_completion_rates;
        DROP MATERIALIZED VIEW IF EXISTS monthly_revenue;
        """;

    /// <summary>
    /// The history parts of the reports' day and month views (<see cref="ReportsSql.CompletionParts"/> and the others):
    /// refreshed only when the boundary between history and recent moves, when the lab's time zone changes, and nightly.
    /// </summary>
    public static readonly string[] HistoryViewNames =
        ["report_completion_months_history", "report_remake_months_history", "report_stage_days_history",
         "report_staff_days_history", "report_technician_months_history"];

    /// <summary>
    /// The views refreshed on every run, in order: the three here (revenue, completion rates, inventory turnover) and the revenue months
    /// read their tables (a few hundred milliseconds each at a million cases), the recent parts read the rows since the boundary,
    /// report_remake_lab_months sums report_remake_months after its parts, and department_efficiency and staff_performance
    /// (last) sum the day views.
    /// </summary>
    public static readonly string[] RecentViewNames =
        ["monthly_revenue", "case_completion_rates", "inventory_turnover", "report_revenue_months",
         "report_completion_months_recent", "report_remake_months_recent", "report_remake_lab_months", "report_stage_days_recent",
         "report_staff_days_recent", "report_technician_months_recent", "department_efficiency", "staff_performance"];

    /// <summary>
    /// Every materialized view in the order a full refresh takes them (REFRESH MATERIALIZED VIEW CONCURRENTLY needs
    /// their unique indexes): the history parts, then the views of every run.
    /// </summary>
    public static readonly string[] ViewNames = [.. HistoryViewNames, .. RecentViewNames];
}
