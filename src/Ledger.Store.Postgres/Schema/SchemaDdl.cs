namespace Ledger.Store.Postgres;

/// <summary>
/// The SQL of ledger schema version 1, run inside <see cref="PostgresSchema"/>'s transaction. Tables
/// and the trigger function are created in the first schema of the <c>search_path</c>. Constants.
/// </summary>
internal static class SchemaDdl
{
    public const string Tables = """
        CREATE TABLE ledger_schema(
            version      integer     NOT NULL,
            installed_at timestamptz NOT NULL DEFAULT now());
        COMMENT ON TABLE ledger_schema IS 'Version of the ledger event store schema; a newer one is refused.';
        CREATE TABLE events(
            position  bigint NOT NULL PRIMARY KEY CHECK (position > 0),
            stream    text   NOT NULL,
            version   bigint NOT NULL CHECK (version >= 0),
            event_id  uuid   NOT NULL UNIQUE,
            type      text   NOT NULL,
            payload   bytea  NOT NULL,
            prev_hash bytea  NOT NULL CHECK (octet_length(prev_hash) = 32),
            hash      bytea  NOT NULL CHECK (octet_length(hash) = 32),
            UNIQUE (stream, version));
        COMMENT ON TABLE events IS 'Append-only, hash-chained event journal (Ledger.Store.Postgres); see EventHash.';
        """;

    /// <summary>
    /// The web users beside the journal (<see cref="PostgresUserStore"/>): mutable, never in a stream. Created with the
    /// journal, and on the next open of a ledger made before it was part of the schema where the role may create
    /// tables (else by the schema's owner: scripts/pg-up reads this constant). Same table as those ledgers'.
    /// </summary>
    public const string Users = """
        CREATE TABLE IF NOT EXISTS web_users(
            name         text PRIMARY KEY,
            role         text NOT NULL,
            unit         text NULL,
            token_sha256 bytea NOT NULL UNIQUE,
            created      timestamptz NOT NULL DEFAULT now());
        """;

    /// <summary>
    /// Statement-level triggers: any UPDATE, DELETE or TRUNCATE of events fails, even one that would
    /// touch no row. Idempotent, so it also restores triggers someone dropped or disabled.
    /// </summary>
    public const string Triggers = """
        CREATE OR REPLACE FUNCTION ledger_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'events are append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
        END $$;
        CREATE OR REPLACE TRIGGER events_no_update BEFORE UPDATE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_append_only();
        CREATE OR REPLACE TRIGGER events_no_delete BEFORE DELETE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_append_only();
        CREATE OR REPLACE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_append_only();
        ALTER TABLE events ENABLE TRIGGER events_no_update;
        ALTER TABLE events ENABLE TRIGGER events_no_delete;
        ALTER TABLE events ENABLE TRIGGER events_no_truncate;
        """;

    /// <summary>The trigger names as a PostgreSQL array literal.</summary>
    public const string TriggerNames = "{events_no_update,events_no_delete,events_no_truncate}";

    public const int TriggerCount = 3;
}
