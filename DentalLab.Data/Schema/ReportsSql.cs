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
}
