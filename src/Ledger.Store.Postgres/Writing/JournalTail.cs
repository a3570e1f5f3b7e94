using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// What an append needs to know, read under the write lock in one round trip: the stream's version
/// (-1 if none), whether the batch's first id is stored, and the journal's last position and hash
/// (0 and <see cref="EventHash.Genesis"/> when empty). Immutable.
/// </summary>
internal sealed record JournalTail(long StreamVersion, bool FirstIdStored, long Position, byte[] Hash)
{
    // One row whatever the journal holds: the LEFT JOIN keeps it when events is empty.
    private const string Sql = """
        SELECT (SELECT max(version) FROM events WHERE stream = $1),
               EXISTS (SELECT 1 FROM events WHERE event_id = $2),
               last.position, last.hash
        FROM (SELECT 1) AS one
        LEFT JOIN LATERAL (SELECT position, hash FROM events ORDER BY position DESC LIMIT 1) AS last ON true;
        """;

    /// <summary>First key of the journal's write lock ("LEDW"); the second is the schema's name hashed.</summary>
    private const int WriteLockKey = 0x4C454457;

    /// <summary>
    /// Takes the journal's write lock, a transaction-level advisory lock per schema that every append of every
    /// process takes (readers are not blocked), until the transaction ends; then reads the tail and sets the
    /// savepoint <paramref name="savepoint"/>. Read committed: the statements after the lock see every append
    /// committed before it was granted. Advisory, not <c>LOCK TABLE … EXCLUSIVE</c>: that needs UPDATE, DELETE or
    /// TRUNCATE rights on the table, which the ledger's role must not have (scripts/pg-up gives it SELECT and INSERT).
    /// </summary>
    public static async Task<JournalTail> LockAndReadAsync(
        NpgsqlConnection connection, StreamName stream, Guid firstId, string savepoint, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new($"SET LOCAL lock_timeout = '{PostgresEventStore.WriteLockTimeoutSeconds}s';"),
                new($"SELECT pg_advisory_xact_lock({WriteLockKey}, hashtext(current_schema()));"),
                new(Sql) { Parameters = { new() { Value = stream.Value }, new() { Value = firstId } } },
                new($"SAVEPOINT {savepoint};"),
            },
            // The server gives up waiting for the lock first, so the caller sees lock_not_available.
            Timeout = PostgresEventStore.WriteLockTimeoutSeconds + 30,
        };
        await using var reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false);
        // The lock's own (void) row comes first.
        if (!await reader.NextResultAsync(ct).ConfigureAwait(false) || !await reader.ReadAsync(ct).ConfigureAwait(false))
            throw new InvalidOperationException("The journal tail query returned no row.");
        return new JournalTail(
            reader.IsDBNull(0) ? -1 : reader.GetInt64(0),
            reader.GetBoolean(1),
            reader.IsDBNull(2) ? 0 : reader.GetInt64(2),
            reader.IsDBNull(3) ? EventHash.Genesis.ToArray() : reader.GetFieldValue<byte[]>(3));
    }
}
