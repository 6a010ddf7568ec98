namespace DentalLab.Data.Schema;

/// <summary>Hand-written SQL of the compliance module (called from its migration).</summary>
public static class ComplianceSql
{
    /// <summary>Years the documentation of a delivered case is kept: 15 for implant work (implantable devices), else 10.</summary>
    public const int RetentionYears = 10;

    public const int ImplantRetentionYears = 15;

    /// <summary>
    /// cases.keep_until follows delivered_at on every path (the workflow, imports, demo data): 10 years after the
    /// delivery day (UTC), 15 for implant procedures; and every statement of the case carries the same date.
    /// </summary>
    public const string KeepUntilTrigger = """
        CREATE OR REPLACE FUNCTION cases_keep_until() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.delivered_at IS NULL THEN
                NEW.keep_until := NULL;
            ELSE
                NEW.keep_until := ((NEW.delivered_at AT TIME ZONE 'UTC')::date
                    + make_interval(years => CASE WHEN NEW.procedure_type = 'implant' THEN 15 ELSE 10 END))::date;
            END IF;
            RETURN NEW;
        END $$;
        DROP TRIGGER IF EXISTS trg_cases_keep_until ON cases;
        CREATE TRIGGER trg_cases_keep_until BEFORE INSERT OR UPDATE OF delivered_at, procedure_type, keep_until ON cases
            FOR EACH ROW EXECUTE FUNCTION cases_keep_until();

        CREATE OR REPLACE FUNCTION cases_keep_until_to_statements() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE conformity_statements SET keep_until = NEW.keep_until
            WHERE case_id = NEW.id AND keep_until IS DISTINCT FROM NEW.keep_until;
            RETURN NEW;
        END $$;
        DROP TRIGGER IF EXISTS trg_cases_keep_until_statements ON cases;
        CREATE TRIGGER trg_cases_keep_until_statements AFTER UPDATE ON cases
            FOR EACH ROW WHEN (OLD.keep_until IS DISTINCT FROM NEW.keep_until)
            EXECUTE FUNCTION cases_keep_until_to_statements();

        UPDATE cases SET keep_until = NULL WHERE delivered_at IS NOT NULL;
        """;

    /// <summary>
    /// A statement is never changed: any UPDATE that touches more than keep_until (and updated_at) is refused, and
    /// a statement (with its case) cannot be deleted before its keep_until date, nor while it has none.
    /// </summary>
    public const string StatementGuards = """
        CREATE OR REPLACE FUNCTION conformity_statements_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                NEW.keep_until := (SELECT c.keep_until FROM cases c WHERE c.id = NEW.case_id);
                RETURN NEW;
            END IF;
            IF TG_OP = 'DELETE' THEN
                IF OLD.keep_until IS NULL OR OLD.keep_until >= current_date THEN
                    RAISE EXCEPTION 'statement % of case % is kept until %: it cannot be removed', OLD.version, OLD.case_id, OLD.keep_until
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN OLD;
            END IF;
            IF (NEW.case_id, NEW.version, NEW.language, NEW.content, NEW.stored_name, NEW.size_bytes, NEW.sha256,
                NEW.issued_at, NEW.issued_by_id, NEW.correction_reason, NEW.created_at)
               IS DISTINCT FROM
               (OLD.case_id, OLD.version, OLD.language, OLD.content, OLD.stored_name, OLD.size_bytes, OLD.sha256,
                OLD.issued_at, OLD.issued_by_id, OLD.correction_reason, OLD.created_at) THEN
                RAISE EXCEPTION 'a statement of conformity is never changed: issue a correction instead'
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$;
        DROP TRIGGER IF EXISTS trg_conformity_statements_immutable ON conformity_statements;
        CREATE TRIGGER trg_conformity_statements_immutable BEFORE INSERT OR UPDATE OR DELETE ON conformity_statements
            FOR EACH ROW EXECUTE FUNCTION conformity_statements_immutable();

        CREATE OR REPLACE FUNCTION cases_retention_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.keep_until IS NOT NULL AND OLD.keep_until >= current_date THEN
                RAISE EXCEPTION 'case % is inside its retention period (kept until %)', OLD.case_number, OLD.keep_until
                    USING ERRCODE = 'check_violation';
            END IF;
            RETURN OLD;
        END $$;
        DROP TRIGGER IF EXISTS trg_cases_retention_guard ON cases;
        CREATE TRIGGER trg_cases_retention_guard BEFORE DELETE ON cases
            FOR EACH ROW EXECUTE FUNCTION cases_retention_guard();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_cases_retention_guard ON cases;
        DROP FUNCTION IF EXISTS cases_retention_guard();
        DROP TRIGGER IF EXISTS trg_cases_keep_until_statements ON cases;
        DROP FUNCTION IF EXISTS cases_keep_until_to_statements();
        DROP TRIGGER IF EXISTS trg_cases_keep_until ON cases;
        DROP FUNCTION IF EXISTS cases_keep_until();
        DROP TRIGGER IF EXISTS trg_conformity_statements_immutable ON conformity_statements;
        DROP FUNCTION IF EXISTS conformity_statements_immutable();
        """;
}
