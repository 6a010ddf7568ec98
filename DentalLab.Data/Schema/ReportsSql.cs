namespace DentalLab.Data.Schema;

/// <summary>Hand-written SQL of the reports module (applied by the initial migration).</summary>
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

    /// <summary>Records one view's refresh ($1 view name, $2 milliseconds); the time is the database's.</summary>
    public const string RecordRefresh = """
        INSERT INTO report_view_refreshes (view_name, refreshed_at, duration_ms) VALUES ($1, now(), $2)
        ON CONFLICT (view_name) DO UPDATE SET refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms
        """;

    // ------------------------------------------------------------ The report views
    //
    // The five views of the brief aggregate all time or a fixed trailing window, too coarse for a period, so the report
    // pages would read the tables, which at a million cases takes hundreds of milliseconds for a year. These views
    // hold the same figures per lab day or lab month and per the dimension the reports filter by, so a period is a sum
    // of a few thousand rows. Days and months are in the lab's time zone (setting lab.time_zone, UTC when unknown, as
    // LabSettings.TimeZoneAsync), read at refresh: a changed time zone reaches the views at their next refresh.

    /// <summary>The lab's time zone as the views use it: the setting when PostgreSQL knows the name, else UTC.</summary>
    private const string LabZone = """
        COALESCE((SELECT z.name FROM pg_timezone_names z
                  WHERE z.name = (SELECT s.value #>> '{}' FROM settings s WHERE s.key = 'lab.time_zone' AND jsonb_typeof(s.value) = 'string')), 'UTC')
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

    // ------------------------------------------------------------ History and recent parts
    //
    // Refreshing a day or month view whole reads every case and stage row each time (37 s in all at a million cases,
    // every 15 minutes). Rows of finished months barely change, so each of the views below is two materialized views, a
    // history part (before the boundary, report_view_boundary.recent_from: the first day of the previous lab month) and
    // a recent part (from the boundary on), under a plain view with the view's name that is their UNION ALL (a day or
    // month is in exactly one part). The recent parts read the rows since the boundary through indexes and
    // are refreshed every run; the history parts are refreshed with the recent ones in one transaction (readers see
    // the old rows until it commits) when the boundary moves, when the time zone changes, and once a night
    // (ReportViewRefresh). A change to an old row (a case deleted, a stage sent back long after, a new holiday) reaches
    // the history at the next night.

    /// <summary>The boundary between the history and recent parts, and when and in which time zone the history was refreshed.</summary>
    public const string BoundaryTable = $$"""
        CREATE TABLE IF NOT EXISTS report_view_boundary (
            id boolean NOT NULL DEFAULT true,
            recent_from date NOT NULL,
            zone text NOT NULL,
            history_refreshed_at timestamp with time zone,
            CONSTRAINT pk_report_view_boundary PRIMARY KEY (id),
            CONSTRAINT ck_report_view_boundary_one_row CHECK (id),
            CONSTRAINT ck_report_view_boundary_first_of_month CHECK (extract(day FROM recent_from) = 1)
        );
        INSERT INTO report_view_boundary (id, recent_from, zone)
        SELECT true, (date_trunc('month', (now() AT TIME ZONE lab.zone)) - interval '1 month')::date, lab.zone
        FROM (SELECT {{LabZone}} AS zone) lab
        ON CONFLICT (id) DO NOTHING;
        """;

    /// <summary>What the refresh decides from: the boundary, the zone and history time stored, and today's in the lab.</summary>
    public const string BoundaryState = $$"""
        SELECT b.recent_from, b.zone, b.history_refreshed_at, lab.zone,
               (date_trunc('month', (now() AT TIME ZONE lab.zone)) - interval '1 month')::date,
               (now() AT TIME ZONE lab.zone), (b.history_refreshed_at AT TIME ZONE lab.zone)
        FROM report_view_boundary b CROSS JOIN (SELECT {{LabZone}} AS zone) lab
        """;

    /// <summary>Moves the boundary ($1 the new first day, $2 the zone) inside the full refresh's transaction.</summary>
    public const string MoveBoundary = """
        UPDATE report_view_boundary SET recent_from = $1, zone = $2, history_refreshed_at = now()
        """;

    /// <summary>
    /// The boundary as a time in the zone it was set in (the recent parts start there). A function, not a subquery, in
    /// the recent parts: the planner evaluates a stable function when it estimates a condition, so it knows the recent
    /// part is a few weeks of rows and reads them through the indexes, evaluating it once for the index scan. With the
    /// boundary as a subquery (unknown when the plan is made) it guessed a third of the table, hashed every stage row and
    /// compiled the plan (2.5–3.7 s per recent part at a million cases, against 0.3–0.7 s). The history parts read
    /// every row anyway and take it as a subquery, evaluated once rather than per row. Its search path is the one it was
    /// created with: pg_restore refreshes the views with an empty search path, where the bare table name is not found.
    /// </summary>
    public const string RecentFromFunction = """
        CREATE OR REPLACE FUNCTION report_recent_from() RETURNS timestamp with time zone
        LANGUAGE sql STABLE SET search_path FROM CURRENT AS $fn$
            SELECT b.recent_from::timestamp AT TIME ZONE b.zone FROM report_view_boundary b
        $fn$;
        """;

    /// <summary>The lab's zone as a query's first common table expression.</summary>
    private const string Lab = $$"""lab AS (SELECT {{LabZone}} AS zone)""";

    /// <summary>The part's condition on a time column: before the boundary for the history, from it on for the recent part.</summary>
    private static string InPart(bool recent, string column) =>
        recent ? $"{column} >= report_recent_from()" : $"{column} < (SELECT report_recent_from())";

    private static string PartName(string view, bool recent) => view + (recent ? "_recent" : "_history");

    private static string Parts(Func<bool, string> part) => part(false) + part(true);

    /// <summary>The plain view under the old name: both parts.</summary>
    private static string Union(string view) =>
        $"CREATE OR REPLACE VIEW {view} AS SELECT * FROM {view}_history UNION ALL SELECT * FROM {view}_recent;\n";

    /// <summary>
    /// report_completion_months: deliveries per lab month (of delivery), practice and procedure: how many, how many on
    /// time (delivered on or before the due date, lab time) and their turnaround in business days summed (weekends and
    /// the holidays of setting cases.holidays skipped, as DueDateCalculator counts them). The turnaround is computed
    /// here, not stored on the case, because the holidays are a setting that changes: the view counts with the holidays
    /// of its refresh, as the report's table path does for custom periods, so both paths agree.
    /// </summary>
    public static readonly string CompletionParts = Parts(recent => $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS {{PartName("report_completion_months", recent)}} AS
        WITH {{Lab}},
        holidays AS (
            SELECT ARRAY(SELECT h::date FROM settings s CROSS JOIN LATERAL jsonb_array_elements_text(
                             CASE WHEN jsonb_typeof(s.value) = 'array' THEN s.value ELSE '[]'::jsonb END) h
                         WHERE s.key = 'cases.holidays' AND h ~ '^\d{4}-\d{2}-\d{2}$') AS days),
        done AS (
            SELECT c.dentist_id, c.procedure_type, (c.received_at AT TIME ZONE lab.zone)::date AS received_on,
                   (c.delivered_at AT TIME ZONE lab.zone)::date AS delivered_on, c.due_date
            FROM cases c CROSS JOIN lab
            WHERE c.deleted_at IS NULL AND c.status = 'delivered' AND c.delivered_at IS NOT NULL AND {{InPart(recent, "c.delivered_at")}}),
        days AS (
            -- n counts business days up to each date, so n(delivered) − n(received) is the business days in between.
            SELECT g::date AS day,
                   sum(CASE WHEN extract(isodow FROM g::date) < 6 AND NOT (g::date = ANY(holidays.days)) THEN 1 ELSE 0 END) OVER (ORDER BY g) AS n
            FROM holidays CROSS JOIN generate_series((SELECT min(received_on) FROM done), (SELECT max(delivered_on) FROM done), interval '1 day') g)
        SELECT date_trunc('month', done.delivered_on)::date AS month, done.dentist_id, done.procedure_type,
               count(*)::int AS completed,
               (count(*) FILTER (WHERE done.delivered_on <= done.due_date))::int AS on_time,
               COALESCE(sum(GREATEST(dd.n - rd.n, 0)), 0)::int AS business_days
        FROM done JOIN days rd ON rd.day = done.received_on JOIN days dd ON dd.day = done.delivered_on
        GROUP BY 1, 2, 3;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_{{PartName("report_completion_months", recent)}} ON {{PartName("report_completion_months", recent)}} (month, dentist_id, procedure_type);

        """) + Union("report_completion_months");

    /// <summary>
    /// report_remake_months: cases received per lab month, practice, procedure, material and remake reason ('' for none):
    /// how many, how many are remakes (have a parent) and who pays for those. The remakes report sums it by practice,
    /// material and reason.
    /// </summary>
    public static readonly string RemakeParts = Parts(recent => $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS {{PartName("report_remake_months", recent)}} AS
        WITH {{Lab}}
        SELECT date_trunc('month', c.received_at AT TIME ZONE lab.zone)::date AS month, c.dentist_id, c.procedure_type,
               COALESCE(c.material, '') AS material, COALESCE(c.remake_reason, '') AS remake_reason,
               count(*)::int AS cases,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL))::int AS remakes,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'lab'))::int AS lab_pays,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'dentist'))::int AS dentist_pays,
               (count(*) FILTER (WHERE c.parent_case_id IS NOT NULL AND c.remake_payer = 'split'))::int AS split_pays
        FROM cases c CROSS JOIN lab
        WHERE c.deleted_at IS NULL AND {{InPart(recent, "c.received_at")}}
        GROUP BY 1, 2, 3, 4, 5;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_{{PartName("report_remake_months", recent)}} ON {{PartName("report_remake_months", recent)}} (month, dentist_id, procedure_type, material, remake_reason);

        """) + Union("report_remake_months");

    /// <summary>
    /// report_remake_lab_months: report_remake_months without the practice (lab month, procedure, material, reason), summed
    /// from it after its parts each run (a quarter-second at a million cases). The remakes report without a practice
    /// filter reads its material, reason and total figures and the previous period from here: a year is about 800 rows
    /// instead of 34,000 (grouping those by practice, material and reason at once took 25–40 ms).
    /// </summary>
    public const string RemakeLabMonths = """
        CREATE MATERIALIZED VIEW IF NOT EXISTS report_remake_lab_months AS
        SELECT v.month, v.procedure_type, v.material, v.remake_reason,
               sum(v.cases)::int AS cases, sum(v.remakes)::int AS remakes, sum(v.lab_pays)::int AS lab_pays,
               sum(v.dentist_pays)::int AS dentist_pays, sum(v.split_pays)::int AS split_pays
        FROM report_remake_months v
        GROUP BY 1, 2, 3, 4;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_report_remake_lab_months ON report_remake_lab_months (month, procedure_type, material, remake_reason);
        """;

    /// <summary>
    /// report_stage_days: completed stages per lab day (of completion) and stage: how many, how many within the stage's
    /// expected hours, how many were sent back (the next attempt of the stage exists, read through the unique index of
    /// case, stage and attempt), and their actual seconds and expected hours summed (for the averages). Days are fine
    /// enough for every period, custom ones too, and for the departments' weeks.
    /// </summary>
    public static readonly string StageParts = Parts(recent => $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS {{PartName("report_stage_days", recent)}} AS
        WITH {{Lab}}
        SELECT (ws.completed_at AT TIME ZONE lab.zone)::date AS day, ws.stage,
               count(*)::int AS completed,
               (count(*) FILTER (WHERE ws.completed_at - ws.started_at <= ws.expected_hours * interval '1 hour'))::int AS on_time,
               (count(nx.id))::int AS sent_back,
               COALESCE(sum(extract(epoch FROM ws.completed_at - ws.started_at)), 0) AS actual_seconds,
               COALESCE(sum(ws.expected_hours), 0) AS expected_hours
        FROM workflow_stages ws CROSS JOIN lab
        LEFT JOIN workflow_stages nx ON nx.case_id = ws.case_id AND nx.stage = ws.stage AND nx.attempt = ws.attempt + 1
        WHERE ws.status = 'completed' AND ws.completed_at IS NOT NULL AND {{InPart(recent, "ws.completed_at")}}
        GROUP BY 1, 2;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_{{PartName("report_stage_days", recent)}} ON {{PartName("report_stage_days", recent)}} (day, stage);

        """) + Union("report_stage_days");

    /// <summary>
    /// report_staff_days: completed stages per lab day (of completion) and technician (who completed them): how many, how
    /// many within the expected hours, the QC failures of their work (a stage other than quality control that was sent
    /// back and redone), and their actual seconds summed (staff_performance's average hours per stage).
    /// </summary>
    public static readonly string StaffParts = Parts(recent => $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS {{PartName("report_staff_days", recent)}} AS
        WITH {{Lab}}
        SELECT (ws.completed_at AT TIME ZONE lab.zone)::date AS day, ws.completed_by_id AS user_id,
               count(*)::int AS completed,
               (count(*) FILTER (WHERE ws.completed_at - ws.started_at <= ws.expected_hours * interval '1 hour'))::int AS on_time,
               (count(*) FILTER (WHERE ws.stage <> 'quality_control' AND nx.id IS NOT NULL))::int AS qc_failures,
               COALESCE(sum(extract(epoch FROM ws.completed_at - ws.started_at)), 0) AS actual_seconds
        FROM workflow_stages ws CROSS JOIN lab
        LEFT JOIN workflow_stages nx ON nx.case_id = ws.case_id AND nx.stage = ws.stage AND nx.attempt = ws.attempt + 1
        WHERE ws.status = 'completed' AND ws.completed_at IS NOT NULL AND ws.completed_by_id IS NOT NULL AND {{InPart(recent, "ws.completed_at")}}
        GROUP BY 1, 2;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_{{PartName("report_staff_days", recent)}} ON {{PartName("report_staff_days", recent)}} (day, user_id);

        """) + Union("report_staff_days");

    /// <summary>
    /// The remakes report's technician table per lab month, technician and procedure, in two parts. cases: the cases
    /// the technician worked on, each counted in the month of the first stage of it they completed (so months add up
    /// to a quarter or a year: a case worked in January and February is one case, January's); remakes and who pays:
    /// the remakes received that month whose original case had a stage completed by them. The first stage of a case
    /// by a technician is the one with no earlier completion by them (the lower id on a tie), as the report's table
    /// path counts it.
    /// </summary>
    public static readonly string TechnicianParts = Parts(recent => $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS {{PartName("report_technician_months", recent)}} AS
        WITH {{Lab}},
        {{(recent ? $$"""
        firsts AS (
            SELECT ws.completed_by_id AS user_id, ws.case_id, ws.completed_at AS first_at
            FROM workflow_stages ws
            WHERE ws.status = 'completed' AND ws.completed_by_id IS NOT NULL AND {{InPart(true, "ws.completed_at")}}
              -- A subquery per stage of the recent weeks, through the case's index (an anti-join hashed every stage row).
              AND ws.id = (SELECT e.id FROM workflow_stages e
                           WHERE e.case_id = ws.case_id AND e.completed_by_id = ws.completed_by_id AND e.status = 'completed'
                           ORDER BY e.completed_at, e.id LIMIT 1)),
        """ : $$"""
        firsts AS (
            SELECT ws.completed_by_id AS user_id, ws.case_id, min(ws.completed_at) AS first_at
            FROM workflow_stages ws
            WHERE ws.status = 'completed' AND ws.completed_by_id IS NOT NULL AND ws.completed_at IS NOT NULL
            GROUP BY 1, 2
            HAVING {{InPart(false, "min(ws.completed_at)")}}),
        """)}}
        worked AS (
            SELECT date_trunc('month', f.first_at AT TIME ZONE lab.zone)::date AS month, f.user_id, c.procedure_type, count(*)::int AS cases
            FROM firsts f JOIN cases c ON c.id = f.case_id CROSS JOIN lab
            GROUP BY 1, 2, 3),
        blamed AS (
            SELECT date_trunc('month', c.received_at AT TIME ZONE lab.zone)::date AS month, t.user_id, c.procedure_type,
                   count(*)::int AS remakes,
                   (count(*) FILTER (WHERE c.remake_payer = 'lab'))::int AS lab_pays,
                   (count(*) FILTER (WHERE c.remake_payer = 'dentist'))::int AS dentist_pays,
                   (count(*) FILTER (WHERE c.remake_payer = 'split'))::int AS split_pays
            FROM cases c CROSS JOIN lab
            CROSS JOIN LATERAL (SELECT DISTINCT ws.completed_by_id AS user_id FROM workflow_stages ws
                                WHERE ws.case_id = c.parent_case_id AND ws.status = 'completed' AND ws.completed_by_id IS NOT NULL) t
            WHERE c.deleted_at IS NULL AND c.parent_case_id IS NOT NULL AND {{InPart(recent, "c.received_at")}}
            GROUP BY 1, 2, 3)
        SELECT COALESCE(w.month, b.month) AS month, COALESCE(w.user_id, b.user_id) AS user_id, COALESCE(w.procedure_type, b.procedure_type) AS procedure_type,
               COALESCE(w.cases, 0) AS cases, COALESCE(b.remakes, 0) AS remakes, COALESCE(b.lab_pays, 0) AS lab_pays,
               COALESCE(b.dentist_pays, 0) AS dentist_pays, COALESCE(b.split_pays, 0) AS split_pays
        FROM worked w FULL JOIN blamed b ON b.month = w.month AND b.user_id = w.user_id AND b.procedure_type = w.procedure_type;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_{{PartName("report_technician_months", recent)}} ON {{PartName("report_technician_months", recent)}} (month, user_id, procedure_type);

        """) + Union("report_technician_months");

    /// <summary>
    /// department_efficiency (a view of the brief) from the stage days instead of every stage row (the 30 days are lab
    /// days; the open stages are counted through the index of stage and status).
    /// </summary>
    public const string DepartmentEfficiency = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS department_efficiency AS
        WITH lab AS (SELECT {{LabZone}} AS zone)
        SELECT d.id AS department_id,
               d.name,
               d.stage,
               (SELECT count(*) FROM staff_profiles sp WHERE sp.department_id = d.id AND sp.deleted_at IS NULL)::int AS staff_count,
               COALESCE(sum(v.completed), 0)::int AS stages_completed,
               COALESCE(sum(v.completed) FILTER (WHERE v.day > (now() AT TIME ZONE lab.zone)::date - 30), 0)::int AS stages_completed_30d,
               (SELECT count(*) FROM workflow_stages ws WHERE ws.stage = d.stage AND ws.status IN ('in_progress', 'blocked', 'on_hold'))::int AS stages_open,
               round((sum(v.actual_seconds) / 3600.0 / NULLIF(sum(v.completed), 0))::numeric, 2) AS avg_actual_hours,
               round(sum(v.expected_hours) / NULLIF(sum(v.completed), 0), 2) AS avg_expected_hours,
               d.budget,
               d.budget_spent,
               round(100.0 * d.budget_spent / NULLIF(d.budget, 0), 2) AS budget_used_percent
        FROM departments d CROSS JOIN lab
        LEFT JOIN report_stage_days v ON v.stage = d.stage
        WHERE d.deleted_at IS NULL
        GROUP BY d.id, lab.zone;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_department_efficiency_department ON department_efficiency (department_id);
        """;

    /// <summary>staff_performance (a view of the brief) from the staff days instead of every stage row (the 30 days are lab days).</summary>
    public const string StaffPerformance = $$"""
        CREATE MATERIALIZED VIEW IF NOT EXISTS staff_performance AS
        WITH lab AS (SELECT {{LabZone}} AS zone)
        SELECT sp.id AS staff_id,
               sp.user_id,
               u.full_name,
               sp.department_id,
               COALESCE(sum(v.completed), 0)::int AS stages_completed,
               COALESCE(sum(v.completed) FILTER (WHERE v.day > (now() AT TIME ZONE lab.zone)::date - 30), 0)::int AS stages_completed_30d,
               round((sum(v.actual_seconds) / 3600.0 / NULLIF(sum(v.completed), 0))::numeric, 2) AS avg_stage_hours,
               (SELECT count(*) FROM workflow_stages f WHERE f.assigned_to_id = sp.user_id AND f.status = 'failed')::int AS qc_failures,
               (SELECT round(avg(pr.rating), 2) FROM performance_reviews pr WHERE pr.staff_id = sp.id) AS avg_review_rating,
               (SELECT max(pr.reviewed_on) FROM performance_reviews pr WHERE pr.staff_id = sp.id) AS last_reviewed_on
        FROM staff_profiles sp CROSS JOIN lab
        JOIN users u ON u.id = sp.user_id
        LEFT JOIN report_staff_days v ON v.user_id = sp.user_id
        WHERE sp.deleted_at IS NULL
        GROUP BY sp.id, u.full_name, lab.zone;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_staff_performance_staff ON staff_performance (staff_id);
        """;

    /// <summary>The initial migration's Down: the views of this module, their boundary and function, and the refresh table.</summary>
    public const string DropViews = """
        DROP MATERIALIZED VIEW IF EXISTS staff_performance;
        DROP MATERIALIZED VIEW IF EXISTS department_efficiency;
        DROP VIEW IF EXISTS report_technician_months;
        DROP VIEW IF EXISTS report_staff_days;
        DROP VIEW IF EXISTS report_stage_days;
        DROP MATERIALIZED VIEW IF EXISTS report_remake_lab_months;
        DROP VIEW IF EXISTS report_remake_months;
        DROP VIEW IF EXISTS report_completion_months;
        DROP MATERIALIZED VIEW IF EXISTS report_technician_months_recent;
        DROP MATERIALIZED VIEW IF EXISTS report_technician_months_history;
        DROP MATERIALIZED VIEW IF EXISTS report_staff_days_recent;
        DROP MATERIALIZED VIEW IF EXISTS report_staff_days_history;
        DROP MATERIALIZED VIEW IF EXISTS report_stage_days_recent;
        DROP MATERIALIZED VIEW IF EXISTS report_stage_days_history;
        DROP MATERIALIZED VIEW IF EXISTS report_remake_months_recent;
        DROP MATERIALIZED VIEW IF EXISTS report_remake_months_history;
        DROP MATERIALIZED VIEW IF EXISTS report_completion_months_recent;
        DROP MATERIALIZED VIEW IF EXISTS report_completion_months_history;
        DROP MATERIALIZED VIEW IF EXISTS report_revenue_months;
        DROP FUNCTION IF EXISTS report_recent_from();
        DROP TABLE IF EXISTS report_view_boundary;
        DROP TABLE IF EXISTS report_view_refreshes;
        """;
}
