namespace DentalLab.Data.Schema;

/// <summary>Hand-written SQL of the reports module (applied by the Reports migration).</summary>
public static class ReportsSql
{
    /// <summary>
    /// When each materialized view was last refreshed and how long it took: the report pages show it, the refresh job
    /// (reports.refresh-views) writes it. Not an EF entity: only that job writes it and only the report queries read it.
    /// </summary>
    public const string RefreshTable = """
        CREATE TABLE IF NOT EXISTS report_view_refreshes (
            view_name character varying(63) NOT NULL,
            refreshed_at timestamp with time zone NOT NULL,
            duration_ms integer NOT NULL,
            CONSTRAINT pk_report_view_refreshes PRIMARY KEY (view_name),
            CONSTRAINT ck_report_view_refreshes_duration_not_negative CHECK (duration_ms >= 0)
        );
        """;

    public const string DropRefreshTable = "DROP TABLE IF EXISTS report_view_refreshes;";

    /// <summary>Records one view's refresh ($1 view name, $2 milliseconds); the time is the database's.</summary>
    public const string RecordRefresh = """
        INSERT INTO report_view_refreshes (view_name, refreshed_at, duration_ms) VALUES ($1, now(), $2)
        ON CONFLICT (view_name) DO UPDATE SET refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms
        """;

    // ------------------------------------------------------------ The report views (migration ReportMonthViews)
    //
    // The five views of the first migration aggregate all time or a fixed trailing window, too coarse for a period, so
    // the report pages read the tables, which at a million cases takes hundreds of milliseconds for a year. These views
    // hold the same figures per lab day or lab month and per the dimension the reports filter by, so a period is a sum
    // of a few thousand rows. Days and months are in the lab's time zone (setting lab.time_zone, UTC when unknown, as
    // LabSettings.TimeZoneAsync), read at refresh: a changed time zone reaches the views at their next refresh.

    /// <summary>The lab's time zone as the views use it: the setting when PostgreSQL knows the name, else UTC.</summary>
    private const string LabZone = """
        COALESCE((SELECT z.name FROM pg_timezone_names z
                  WHERE z.name = (SELECT s.value #>> '{}' FROM settings s WHERE s.key = 'lab.time_zone' AND jsonb_typeof(s.value) = 'string')), 'UTC')
        """;

    /// <summary>
    /// Deliveries per lab month, practice and procedure: how many, how many on time (delivered on or before the due date,
    /// lab time) and their turnaround in business days summed (weekends and the holidays of setting cases.holidays
    /// skipped, as DueDateCalculator counts them). The turnaround is computed here, not stored on the case, because the
    /// holidays are a setting that changes: the view counts with today's holidays, as the report's table path does for
    /// custom periods, so both paths agree.
    /// </summary>
    public const string CompletionMonths = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS report_completion_months AS
        WITH lab AS (
            SELECT {{LabZone}} AS zone,
                   ARRAY(SELECT h::date FROM settings s CROSS JOIN LATERAL jsonb_array_elements_text(
                             CASE WHEN jsonb_typeof(s.value) = 'array' THEN s.value ELSE '[]'::jsonb END) h
                         WHERE s.key = 'cases.holidays' AND h ~ '^\d{4}-\d{2}-\d{2}$') AS holidays),
        done AS (
            SELECT c.dentist_id, c.procedure_type, (c.received_at AT TIME ZONE lab.zone)::date AS received_on,
                   (c.delivered_at AT TIME ZONE lab.zone)::date AS delivered_on, c.due_date
            FROM cases c CROSS JOIN lab
            WHERE c.deleted_at IS NULL AND c.status = 'delivered' AND c.delivered_at IS NOT NULL),
        days AS (
            -- n counts business days up to each date, so n(delivered) − n(received) is the business days in between.
            SELECT g::date AS day,
                   sum(CASE WHEN extract(isodow FROM g::date) < 6 AND NOT (g::date = ANY(lab.holidays)) THEN 1 ELSE 0 END) OVER (ORDER BY g) AS n
            FROM lab CROSS JOIN generate_series((SELECT min(received_on) FROM done), (SELECT max(delivered_on) FROM done), interval '1 day') g)
        SELECT date_trunc('month', done.delivered_on)::date AS month, done.dentist_id, done.procedure_type,
               count(*)::int AS completed,
               (count(*) FILTER (WHERE done.delivered_on <= done.due_date))::int AS on_time,
               COALESCE(sum(GREATEST(dd.n - rd.n, 0)), 0)::int AS business_days
        FROM done JOIN days rd ON rd.day = done.received_on JOIN days dd ON dd.day = done.delivered_on
        GROUP BY 1, 2, 3;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_report_completion_months ON report_completion_months (month, dentist_id, procedure_type);
        """;

    /// <summary>
    /// Cases received per lab month, practice, procedure, material and remake reason ('' for none): how many, how many
    /// are remakes (have a parent) and who pays for those. The remakes report sums it by practice, material and reason.
    /// </summary>
    public const string RemakeMonths = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS report_remake_months AS
        WITH lab AS (SELECT {{LabZone}} AS zone)
        SELECT date_trunc('month', c.received_at AT TIME ZONE lab.zone)::date AS month, c.dentist_id, c.procedure_type,
               COALESCE(c.material, '') AS material, COALESCE(c.remake_reason, '') AS remake_reason,
               count(*)::int AS cases,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL))::int AS remakes,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'lab'))::int AS lab_pays,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'dentist'))::int AS dentist_pays,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'split'))::int AS split_pays
        FROM cases c CROSS JOIN lab
        WHERE c.deleted_at IS NULL
        GROUP BY 1, 2, 3, 4, 5;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_report_remake_months ON report_remake_months (month, dentist_id, procedure_type, material, remake_reason);
        """;

    /// <summary>
    /// Invoices per invoice month (issue dates are lab dates already) and practice, with the rules of monthly_revenue
    /// (not drafts, not cancelled): how many, invoiced, paid, outstanding, and for the paid ones their count and days to
    /// pay summed (paid date in the lab's time zone − issue date), so the revenue report's practice table and a
    /// practice's months are sums too.
    /// </summary>
    public const string RevenueMonths = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS report_revenue_months AS
        WITH lab AS (SELECT {{LabZone}} AS zone)
        SELECT date_trunc('month', i.issue_date)::date AS month, i.dentist_id,
               count(*)::int AS invoices,
               COALESCE(sum(i.total), 0) AS invoiced,
               COALESCE(sum(i.amount_paid), 0) AS paid,
               COALESCE(sum(i.total - i.amount_paid) FILTER (WHERE i.status IN ('sent', 'overdue')), 0) AS outstanding,
               (count(*) FILTER (WHERE i.status = 'paid' AND i.paid_at IS NOT NULL))::int AS paid_invoices,
               COALESCE(sum((i.paid_at AT TIME ZONE lab.zone)::date - i.issue_date) FILTER (WHERE i.status = 'paid' AND i.paid_at IS NOT NULL), 0)::bigint AS days_to_pay
        FROM invoices i CROSS JOIN lab
        WHERE i.deleted_at IS NULL AND i.status NOT IN ('draft', 'cancelled')
        GROUP BY 1, 2;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_report_revenue_months ON report_revenue_months (month, dentist_id);
        """;

    /// <summary>
    /// Completed stages per lab day and stage: how many, how many within the stage's expected hours, how many were sent
    /// back (a later attempt of the same stage exists), and their actual seconds and expected hours summed (for the
    /// averages). Days are fine enough for every period, custom ones too, and for the departments' weeks.
    /// </summary>
    public const string StageDays = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS report_stage_days AS
        WITH lab AS (SELECT {{LabZone}} AS zone),
        redone AS (SELECT case_id, stage, attempt - 1 AS attempt FROM workflow_stages WHERE attempt > 1)
        SELECT (ws.completed_at AT TIME ZONE lab.zone)::date AS day, ws.stage,
               count(*)::int AS completed,
               (count(*) FILTER (WHERE ws.completed_at - ws.started_at <= ws.expected_hours * interval '1 hour'))::int AS on_time,
               (count(rd.case_id))::int AS sent_back,
               COALESCE(sum(extract(epoch FROM ws.completed_at - ws.started_at)), 0) AS actual_seconds,
               COALESCE(sum(ws.expected_hours), 0) AS expected_hours
        FROM workflow_stages ws CROSS JOIN lab
        LEFT JOIN redone rd ON rd.case_id = ws.case_id AND rd.stage = ws.stage AND rd.attempt = ws.attempt
        WHERE ws.status = 'completed' AND ws.completed_at IS NOT NULL
        GROUP BY 1, 2;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_report_stage_days ON report_stage_days (day, stage);
        """;

    /// <summary>
    /// Completed stages per lab day and technician (who completed them): how many, how many within the expected hours,
    /// and the QC failures of their work (a stage other than quality control that was sent back and redone).
    /// </summary>
    public const string StaffDays = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS report_staff_days AS
        WITH lab AS (SELECT {{LabZone}} AS zone),
        redone AS (SELECT case_id, stage, attempt - 1 AS attempt FROM workflow_stages WHERE attempt > 1)
        SELECT (ws.completed_at AT TIME ZONE lab.zone)::date AS day, ws.completed_by_id AS user_id,
               count(*)::int AS completed,
               (count(*) FILTER (WHERE ws.completed_at - ws.started_at <= ws.expected_hours * interval '1 hour'))::int AS on_time,
               (count(*) FILTER (WHERE ws.stage <> 'quality_control' AND rd.case_id IS NOT NULL))::int AS qc_failures
        FROM workflow_stages ws CROSS JOIN lab
        LEFT JOIN redone rd ON rd.case_id = ws.case_id AND rd.stage = ws.stage AND rd.attempt = ws.attempt
        WHERE ws.status = 'completed' AND ws.completed_at IS NOT NULL AND ws.completed_by_id IS NOT NULL
        GROUP BY 1, 2;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_report_staff_days ON report_staff_days (day, user_id);
        """;

    /// <summary>
    /// The remakes received in a period, newest first ("the cases behind the figure", LIMIT 500): remakes are a few
    /// percent of the cases, so a year's were found by walking every case of the year on ix_cases_received_at.
    /// </summary>
    public const string RemakeIndex = """
        CREATE INDEX IF NOT EXISTS ix_cases_remakes_received_at ON cases (received_at DESC) WHERE parent_case_id IS NOT NULL AND deleted_at IS NULL;
        """;

    /// <summary>
    /// Cases delivered since a time (the dashboard's "delivered late per week", 12 weeks, read live from cases): without
    /// it that read scanned all million cases (376 ms; 23 ms with it, on a loaded machine).
    /// </summary>
    public const string DeliveredIndex = """
        CREATE INDEX IF NOT EXISTS ix_cases_delivered_at ON cases (delivered_at) WHERE status = 'delivered' AND deleted_at IS NULL;
        """;

    public const string DropReportViews = """
        DROP INDEX IF EXISTS ix_cases_delivered_at;
        DROP INDEX IF EXISTS ix_cases_remakes_received_at;
        DROP MATERIALIZED VIEW IF EXISTS report_staff_days;
        DROP MATERIALIZED VIEW IF EXISTS report_stage_days;
        DROP MATERIALIZED VIEW IF EXISTS report_remake_months;
        DROP MATERIALIZED VIEW IF EXISTS report_completion_months;
        DROP MATERIALIZED VIEW IF EXISTS report_revenue_months;
        """;
}
