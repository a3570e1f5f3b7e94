using Npgsql;
using NpgsqlTypes;

namespace Ledger.Store.Postgres;

/// <summary>
/// Writes a batch into <c>events</c> with one binary COPY, chaining each event's hash to the one
/// before it as it goes, so a 100k-event import streams without building rows in memory first.
/// For batches of <see cref="PostgresAppender.CopyFromEvents"/> or more; COPY costs a round trip
/// more than <see cref="EventInsert"/>. Stateless; runs inside the caller's transaction.
/// </summary>
internal static class EventCopy
{
    private const int CancelCheckEvery = 1024;

    private const string Sql =
        $"COPY events ({EventRows.Columns}) FROM STDIN (FORMAT BINARY);";

    public static async Task WriteAsync(
        NpgsqlConnection connection, StreamName stream, JournalTail tail, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        var position = tail.Position;
        var version = tail.StreamVersion;
        var previous = tail.Hash;
        // Disposed without CompleteAsync (an exception, a cancellation) the COPY is aborted.
        await using var copy = await connection.BeginBinaryImportAsync(Sql, ct).ConfigureAwait(false);
        for (var i = 0; i < events.Count; i++)
        {
            if (i % CancelCheckEvery == 0)
                ct.ThrowIfCancellationRequested();
            var e = events[i];
            position = checked(position + 1);
            version = checked(version + 1);
            var hash = EventHash.Compute(previous, new GlobalPosition(position), stream, version, e.EventId, e.EventType, e.Payload.Span);
            await copy.StartRowAsync(ct).ConfigureAwait(false);
            await copy.WriteAsync(position, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await copy.WriteAsync(stream.Value, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await copy.WriteAsync(version, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await copy.WriteAsync(e.EventId, NpgsqlDbType.Uuid, ct).ConfigureAwait(false);
            await copy.WriteAsync(e.EventType, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            await copy.WriteAsync(e.Payload, NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
            await copy.WriteAsync(previous, NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
            await copy.WriteAsync(hash, NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
            previous = hash;
        }
        await copy.CompleteAsync(ct).ConfigureAwait(false);
    }
}
