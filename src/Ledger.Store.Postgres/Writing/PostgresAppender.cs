using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// The steps of one append inside an already-begun transaction: write lock, version check,
/// idempotency, hash-chain tail, inserts. Not thread-safe; owns the connection for the call. Throws to
/// make the caller roll back; never commits.
/// </summary>
internal static class PostgresAppender
{
    /// <summary>Batches of at least this many events go in by binary COPY, smaller ones by one INSERT.</summary>
    public const int CopyFromEvents = 100;

    private const string BeforeInsert = "before_insert";

    public static async Task<AppendResult> AppendAsync(
        NpgsqlConnection connection,
        StreamName stream,
        ExpectedVersion expected,
        IReadOnlyList<EventData> events,
        CancellationToken ct)
    {
        var tail = await JournalTail.LockAndReadAsync(connection, stream, events[0].EventId, BeforeInsert, ct).ConfigureAwait(false);
        var current = tail.StreamVersion;
        // Fast path: a retry always contains its first id, so a batch whose first id is new and whose
        // version matches only needs the full id check if an insert hits the unique index (below).
        if (tail.FirstIdStored || !expected.IsSatisfiedBy(current))
        {
            var stored = await StoredIdLookup.FindAsync(connection, events, ct).ConfigureAwait(false);
            if (AppendRules.ResolveIdempotency(stream, events, stored) is { } lastStored)
                return new AppendResult(current, lastStored, 0);
            if (!expected.IsSatisfiedBy(current))
                throw new WrongExpectedVersionException(stream, expected, current);
        }
        try
        {
            var write = events.Count >= CopyFromEvents ? EventCopy.WriteAsync(connection, stream, tail, events, ct)
                : EventInsert.WriteAsync(connection, stream, tail, events, ct);
            await write.ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // A later id of the batch is stored already: report the conflict, not a raw SQL error.
            // Back to before the insert (the lock stays held) so the lookup sees only earlier appends.
            await using (var rollback = new NpgsqlCommand($"ROLLBACK TO SAVEPOINT {BeforeInsert};", connection))
                await rollback.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            var stored = await StoredIdLookup.FindAsync(connection, events, ct).ConfigureAwait(false);
            AppendRules.ResolveIdempotency(stream, events, stored);
            throw;
        }
        var lastVersion = checked(current + events.Count);
        var lastPosition = checked(tail.Position + events.Count);
        await AppendNotification.SendAsync(connection, lastPosition, ct).ConfigureAwait(false);
        return new AppendResult(lastVersion, new GlobalPosition(lastPosition), events.Count);
    }
}
