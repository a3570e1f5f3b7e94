using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// The steps of one append inside an already-begun <c>BEGIN IMMEDIATE</c> transaction: idempotency,
/// version check, hash-chain tail, inserts. Synchronous on purpose: Microsoft.Data.Sqlite does all
/// I/O synchronously, its async methods would only add a Task per statement. Not thread-safe; the
/// caller holds the write lock. Throws to make the caller roll back; never commits.
/// </summary>
internal static class SqliteAppender
{
    private const int SqliteConstraintUnique = 2067;
    private const int CancelCheckEvery = 1024;

    public static AppendResult Append(
        SqliteConnection connection,
        SqliteTransaction tx,
        StreamName stream,
        ExpectedVersion expected,
        IReadOnlyList<EventData> events,
        CancellationToken ct)
    {
        var current = CurrentVersion(connection, tx, stream);
        if (events.Count == 0)
            return new AppendResult(current, GlobalPosition.Start, 0);
        // Fast path: a retry always contains its first id, so a batch whose first id is new and whose
        // version matches only needs the full id check if an insert hits the unique index (below).
        if (StoredIdLookup.Contains(connection, tx, events[0].EventId) || !expected.IsSatisfiedBy(current))
        {
            var stored = StoredIdLookup.Find(connection, tx, events, ct);
            if (AppendRules.ResolveIdempotency(stream, events, stored) is { } lastStored)
                return new AppendResult(current, lastStored, 0);
            if (!expected.IsSatisfiedBy(current))
                throw new WrongExpectedVersionException(stream, expected, current);
        }
        var tail = Tail(connection, tx);
        try
        {
            return Insert(connection, tx, stream, current, tail, events, ct);
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            // A later id of the batch is stored already: report the conflict, not a raw SQL error.
            // Rows past the tail are this batch's own, inserted before the failing row.
            var stored = StoredIdLookup.Find(connection, tx, events, ct)
                .Where(found => found.Value.Item2.Value <= tail.Position)
                .ToDictionary();
            AppendRules.ResolveIdempotency(stream, events, stored);
            throw;
        }
    }

    private static AppendResult Insert(
        SqliteConnection connection,
        SqliteTransaction tx,
        StreamName stream,
        long current,
        (long Position, byte[] Hash) tail,
        IReadOnlyList<EventData> events,
        CancellationToken ct)
    {
        var (position, previous) = tail;
        var version = current;
        using var insert = new EventInsertCommand(connection, tx, stream);
        for (var i = 0; i < events.Count; i++)
        {
            if (i % CancelCheckEvery == 0)
                ct.ThrowIfCancellationRequested();
            var e = events[i];
            position++;
            version++;
            var payload = EventInsertCommand.AsArray(e.Payload);
            var hash = EventHash.Compute(previous, new GlobalPosition(position), stream, version, e.EventId, e.EventType, payload);
            insert.Insert(position, version, e, payload, previous, hash);
            previous = hash;
        }
        return new AppendResult(version, new GlobalPosition(position), events.Count);
    }

    private static long CurrentVersion(SqliteConnection connection, SqliteTransaction tx, StreamName stream)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT max(version) FROM events WHERE stream = $stream;";
        command.Parameters.Add("$stream", SqliteType.Text).Value = stream.Value;
        return command.ExecuteScalar() is long version ? version : -1;
    }

    /// <summary>Position and hash of the newest event, or (0, zeros) for an empty journal.</summary>
    private static (long Position, byte[] Hash) Tail(SqliteConnection connection, SqliteTransaction tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1;";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
            : (0, EventHash.Genesis.ToArray());
    }
}
