using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Writes a small batch into <c>events</c> with one INSERT over <c>unnest</c> of one array per
/// column: one round trip, where COPY needs two. The rows are built in memory, so this is only for
/// batches below <see cref="PostgresAppender.CopyFromEvents"/>. Stateless; runs inside the caller's transaction.
/// </summary>
internal static class EventInsert
{
    private const string Sql = $"""
        INSERT INTO events ({EventRows.Columns})
        SELECT r.position, $2, r.version, r.event_id, r.type, r.payload, r.prev_hash, r.hash
        FROM unnest($1::bigint[], $3::bigint[], $4::uuid[], $5::text[], $6::bytea[], $7::bytea[], $8::bytea[])
            AS r(position, version, event_id, type, payload, prev_hash, hash);
        """;

    public static async Task WriteAsync(
        NpgsqlConnection connection, StreamName stream, JournalTail tail, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        var n = events.Count;
        var (positions, versions, ids, types) = (new long[n], new long[n], new Guid[n], new string[n]);
        var (payloads, previousHashes, hashes) = (new byte[n][], new byte[n][], new byte[n][]);
        var previous = tail.Hash;
        for (var i = 0; i < n; i++)
        {
            var e = events[i];
            positions[i] = checked(tail.Position + i + 1);
            versions[i] = checked(tail.StreamVersion + i + 1);
            (ids[i], types[i], payloads[i], previousHashes[i]) = (e.EventId, e.EventType, e.Payload.ToArray(), previous);
            previous = hashes[i] = EventHash.Compute(
                previous, new GlobalPosition(positions[i]), stream, versions[i], e.EventId, e.EventType, payloads[i]);
        }
        await using var command = new NpgsqlCommand(Sql, connection)
        {
            Parameters =
            {
                new() { Value = positions }, new() { Value = stream.Value }, new() { Value = versions }, new() { Value = ids },
                new() { Value = types }, new() { Value = payloads }, new() { Value = previousHashes }, new() { Value = hashes },
            },
        };
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
