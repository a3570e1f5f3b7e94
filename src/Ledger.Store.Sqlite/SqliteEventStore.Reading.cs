using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// Rows per query while enumerating. Reads page by key instead of holding one statement open, so
    /// a slow consumer never pins a WAL snapshot (which would stop checkpoints) for the whole journal.
    /// </summary>
    private const int ReadPageSize = 1_000;

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(StreamName stream, long fromVersion, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);
        if (stream.IsDefault)
            throw new ArgumentException("The stream name is default(StreamName).", nameof(stream));
        return ReadPagesAsync(
            "stream = $stream AND version > $after", "version", e => e.StreamVersion, stream.Value, fromVersion - 1, ct);
    }

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(GlobalPosition after, CancellationToken ct) =>
        ReadPagesAsync("position > $after", "position", e => e.Position.Value, null, after.Value, ct);

    public async IAsyncEnumerable<PayloadBatch> ReadPayloadsAsync(GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        var last = after.Value;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            // One statement per batch, like the other reads: no WAL snapshot is held while the consumer works.
            var batch = PayloadPages.Read(connection, last);
            if (batch.Count == 0)
            {
                batch.Dispose();
                yield break;
            }
            last = batch.Last.Value;
            yield return batch;
        }
    }

    public async Task<IReadOnlyList<StreamInfo>> ListStreamsAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream, max(version), count(*) FROM events GROUP BY stream LIMIT $limit;";
        command.Parameters.Add("$limit", SqliteType.Integer).Value = StoreLimits.MaxListedStreams + 1;
        var streams = new List<StreamInfo>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (streams.Count == StoreLimits.MaxListedStreams)
                throw new InvalidOperationException($"The store holds more than {StoreLimits.MaxListedStreams} streams.");
            streams.Add(new StreamInfo(StreamName.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2)));
        }
        // Sorted here, not in SQL: SQLite orders UTF-8 bytes, the contract is .NET ordinal order.
        streams.Sort((a, b) => string.CompareOrdinal(a.Stream.Value, b.Stream.Value));
        return streams;
    }

    public async Task<long> StreamVersionAsync(StreamName stream, CancellationToken ct)
    {
        var value = await ScalarAsync("SELECT max(version) FROM events WHERE stream = $stream;", stream.Value, ct).ConfigureAwait(false);
        return value is long version ? version : -1;
    }

    public async Task<GlobalPosition> HeadAsync(CancellationToken ct)
    {
        var value = await ScalarAsync("SELECT max(position) FROM events;", null, ct).ConfigureAwait(false);
        return value is long position ? new GlobalPosition(position) : GlobalPosition.Start;
    }

    private async Task<object?> ScalarAsync(string sql, string? stream, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (stream is not null)
            command.Parameters.Add("$stream", SqliteType.Text).Value = stream;
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Keyset paging: rows with <paramref name="keyColumn"/> &gt; the last key seen, <see cref="ReadPageSize"/> at a time.</summary>
    private async IAsyncEnumerable<StoredEvent> ReadPagesAsync(
        string filter,
        string keyColumn,
        Func<StoredEvent, long> keyOf,
        string? stream,
        long after,
        [EnumeratorCancellation] CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {EventRows.Columns} FROM events WHERE {filter} ORDER BY {keyColumn} LIMIT {ReadPageSize};";
        if (stream is not null)
            command.Parameters.Add("$stream", SqliteType.Text).Value = stream;
        var afterKey = command.Parameters.Add("$after", SqliteType.Integer);
        var rows = ReadPageSize;
        while (rows == ReadPageSize)
        {
            afterKey.Value = after;
            rows = 0;
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var e = EventRows.Read(reader);
                after = keyOf(e);
                rows++;
                yield return e;
            }
        }
    }
}
