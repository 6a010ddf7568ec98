namespace DentalLab.Data.Schema;

/// <summary>
/// <c>invoice_month_totals</c>: the lab's invoices counted and summed by issue month and status, kept by a row trigger
/// on <c>invoices</c> in the same transaction as the change (a payment shows in the totals at once). Soft-deleted
/// invoices are not counted. The invoice list sums whole months from here and only the rest from the invoices; see
/// docs/decisions/003-performance-at-a-million-cases.md. Every change of an invoice in one month and status updates
/// the same row, so such changes queue behind each other until commit: invoices change a few hundred times a day.
/// </summary>
public static class InvoiceTotalsSql
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS invoice_month_totals (
            month date NOT NULL,
            status invoice_status NOT NULL,
            invoices integer NOT NULL,
            total numeric(14,2) NOT NULL,
            amount_paid numeric(14,2) NOT NULL,
            CONSTRAINT pk_invoice_month_totals PRIMARY KEY (month, status)
        );

        CREATE OR REPLACE FUNCTION invoice_month_totals_add(m date, s invoice_status, n integer, t numeric, p numeric) RETURNS void
        LANGUAGE sql AS $fn$
            INSERT INTO invoice_month_totals AS x (month, status, invoices, total, amount_paid) VALUES (m, s, n, t, p)
            ON CONFLICT (month, status) DO UPDATE
                SET invoices = x.invoices + excluded.invoices, total = x.total + excluded.total, amount_paid = x.amount_paid + excluded.amount_paid;
        $fn$;

        CREATE OR REPLACE FUNCTION invoice_month_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL AND OLD.status = NEW.status
               AND OLD.issue_date = NEW.issue_date AND OLD.total = NEW.total AND OLD.amount_paid = NEW.amount_paid THEN
                RETURN NULL;
            END IF;
            IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
                PERFORM invoice_month_totals_add(date_trunc('month', OLD.issue_date)::date, OLD.status, -1, -OLD.total, -OLD.amount_paid);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
                PERFORM invoice_month_totals_add(date_trunc('month', NEW.issue_date)::date, NEW.status, 1, NEW.total, NEW.amount_paid);
            END IF;
            RETURN NULL;
        END
        $fn$;

        DROP TRIGGER IF EXISTS trg_invoice_month_totals ON invoices;
        CREATE TRIGGER trg_invoice_month_totals AFTER INSERT OR UPDATE OR DELETE ON invoices
            FOR EACH ROW EXECUTE FUNCTION invoice_month_totals_apply();

        TRUNCATE invoice_month_totals;
        INSERT INTO invoice_month_totals (month, status, invoices, total, amount_paid)
        SELECT date_trunc('month', issue_date)::date, status, count(*), sum(total), sum(amount_paid)
        FROM invoices WHERE deleted_at IS NULL GROUP BY 1, 2;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_invoice_month_totals ON invoices;
        DROP FUNCTION IF EXISTS invoice_month_totals_apply();
        DROP FUNCTION IF EXISTS invoice_month_totals_add(date, invoice_status, integer, numeric, numeric);
        DROP TABLE IF EXISTS invoice_month_totals;
        """;
}
