namespace DentalLab.Data.Schema;

/// <summary>
/// The tamper-evident audit log (PRODUCT "beyond" #6), enforced by the database so that every writer is chained —
/// the app, a second instance, a job, or raw SQL:
/// <list type="bullet">
/// <item>a BEFORE INSERT trigger takes one transaction-level advisory lock, reads the last entry's sequence and hash,
/// and stores seq = last + 1, prev_hash = last hash, hash = SHA-256(prev_hash || canonical form of the entry). The lock
/// is held until commit, so entries are appended in one order across connections and app instances;</item>
/// <item>UPDATE, DELETE and TRUNCATE raise for every role (the app's role included); the only delete is retention,
/// through <c>audit_log_apply_retention(cutoff)</c>, which removes the oldest part of the chain and records the cut
/// as a chained entry first;</item>
/// <item><see cref="FirstBrokenEntry"/> recomputes every hash and link in chain order.</item>
/// </list>
/// Each statement is safe to run again. Uses the built-in sha256(bytea) of PostgreSQL 11+ (no pgcrypto).
/// </summary>
public static class AuditChainSql
{
    /// <summary>The advisory lock key that orders appends (any constant shared by every writer).</summary>
    public const string LockKey = "4704366367502190657"; // 0x4149444954434841, an arbitrary constant

    /// <summary>
    /// The canonical form of an entry: a JSON array of its fields in a fixed order; jsonb's text form is
    /// deterministic (keys sorted, fixed spacing) and the time is written in UTC to the microsecond.
    /// </summary>
    public const string CanonicalFunction = """
        ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS seq bigint NOT NULL DEFAULT 0;
        ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS prev_hash bytea;
        ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS hash bytea;
        CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_log_seq ON audit_log (seq);
        CREATE OR REPLACE FUNCTION audit_log_canonical(a audit_log) RETURNS text LANGUAGE sql STABLE AS $fn$
            SELECT jsonb_build_array(
                a.seq, a.id::text,
                to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                a.table_name, a.record_id, a.action::text, a.user_id::text, a.ip_address,
                a.old_values, a.new_values)::text
        $fn$;

        CREATE OR REPLACE FUNCTION audit_log_hash(a audit_log) RETURNS bytea LANGUAGE sql STABLE AS $fn$
            SELECT sha256(coalesce(a.prev_hash, '\x'::bytea) || convert_to(audit_log_canonical(a), 'UTF8'))
        $fn$;
        """;

    /// <summary>The append trigger: one order, one chain, whoever writes.</summary>
    public const string AppendTrigger = $"""
        CREATE OR REPLACE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE last_seq bigint; last_hash bytea;
        BEGIN
            -- Held until this transaction ends: the next writer waits here and then sees this entry.
            PERFORM pg_advisory_xact_lock({LockKey});
            SELECT a.seq, a.hash INTO last_seq, last_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
            NEW.seq := coalesce(last_seq, 0) + 1;
            NEW.prev_hash := last_hash;
            NEW.hash := audit_log_hash(NEW);
            RETURN NEW;
        END
        $fn$;
        DROP TRIGGER IF EXISTS trg_audit_log_append ON audit_log;
        CREATE TRIGGER trg_audit_log_append BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append();
        """;

    /// <summary>Append-only for every role: UPDATE, DELETE and TRUNCATE raise, except the retention function's delete.</summary>
    public const string ProtectTriggers = """
        CREATE OR REPLACE FUNCTION audit_log_protect() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'DELETE' AND current_setting('dentallab.audit_retention', true) = 'on' THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $fn$;
        DROP TRIGGER IF EXISTS trg_audit_log_protect ON audit_log;
        CREATE TRIGGER trg_audit_log_protect BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_protect();
        DROP TRIGGER IF EXISTS trg_audit_log_no_truncate ON audit_log;
        CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_protect();
        """;

    /// <summary>
    /// Retention (the only delete): removes the oldest entries before <c>cutoff</c> — always a prefix of the chain —
    /// after appending an entry that records where the chain now starts, so verify can tell a retention cut from a
    /// removal. Returns the number of entries removed. Called by the retention job with the configured period.
    /// </summary>
    public const string RetentionFunction = """
        CREATE OR REPLACE FUNCTION audit_log_apply_retention(cutoff timestamptz) RETURNS bigint LANGUAGE plpgsql AS $fn$
        DECLARE through_seq bigint; removed bigint;
        BEGIN
            SELECT max(a.seq) INTO through_seq FROM audit_log a
            WHERE a.occurred_at < cutoff
              AND a.seq < coalesce((SELECT min(b.seq) FROM audit_log b WHERE b.occurred_at >= cutoff), 9223372036854775807);
            IF through_seq IS NULL THEN
                RETURN 0;
            END IF;
            INSERT INTO audit_log (id, table_name, record_id, action, new_values, occurred_at, created_at, updated_at)
            VALUES (gen_random_uuid(), 'audit_log', 'retention', 'delete',
                    jsonb_build_object('retention_cutoff', cutoff, 'removed_through_seq', through_seq), now(), now(), now());
            PERFORM set_config('dentallab.audit_retention', 'on', true);
            DELETE FROM audit_log WHERE seq <= through_seq;
            GET DIAGNOSTICS removed = ROW_COUNT;
            PERFORM set_config('dentallab.audit_retention', 'off', true);
            RETURN removed;
        END
        $fn$;
        """;

    /// <summary>
    /// The first entry (in chain order) whose hash does not match its content, whose link does not match the entry
    /// before it, or that follows a gap; the chain's start must be seq 1 or a recorded retention cut. Columns:
    /// id, seq, reason; no row when the chain is whole.
    /// </summary>
    public const string FirstBrokenEntry = """
        WITH chain AS (
            SELECT a.id, a.seq, a.hash, a.prev_hash, audit_log_hash(a) AS recomputed,
                   lag(a.seq) OVER w AS before_seq, lag(a.hash) OVER w AS before_hash,
                   row_number() OVER w AS n
            FROM audit_log a
            WINDOW w AS (ORDER BY a.seq)
        )
        SELECT id, seq,
               CASE
                   WHEN hash IS DISTINCT FROM recomputed THEN 'its content does not match its hash'
                   WHEN n > 1 AND seq <> before_seq + 1 THEN 'entries before it are missing'
                   WHEN n > 1 AND prev_hash IS DISTINCT FROM before_hash THEN 'it does not link to the entry before it'
                   ELSE 'the chain starts here without a recorded retention cut'
               END AS reason
        FROM chain
        WHERE hash IS DISTINCT FROM recomputed
           OR (n > 1 AND (seq <> before_seq + 1 OR prev_hash IS DISTINCT FROM before_hash))
           OR (n = 1 AND seq <> 1 AND NOT EXISTS (
                   SELECT 1 FROM audit_log r
                   WHERE r.table_name = 'audit_log' AND r.record_id = 'retention'
                     AND (r.new_values ->> 'removed_through_seq')::bigint = chain.seq - 1))
        ORDER BY seq
        LIMIT 1
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS trg_audit_log_append ON audit_log;
        DROP TRIGGER IF EXISTS trg_audit_log_protect ON audit_log;
        DROP TRIGGER IF EXISTS trg_audit_log_no_truncate ON audit_log;
        DROP FUNCTION IF EXISTS audit_log_apply_retention(timestamptz);
        DROP FUNCTION IF EXISTS audit_log_append();
        DROP FUNCTION IF EXISTS audit_log_protect();
        DROP INDEX IF EXISTS ux_audit_log_seq;
        DROP FUNCTION IF EXISTS audit_log_hash(audit_log);
        DROP FUNCTION IF EXISTS audit_log_canonical(audit_log);
        """;
}
