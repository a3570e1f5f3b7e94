using System.Runtime.CompilerServices;
using Npgsql;

namespace Ledger.Store.Postgres;

public sealed partial class PostgresEventStore
{
    /// <summary>
    /// Rows per query while enumerating. Each page is its own statement (keyset paging), so a slow
    /// consumer holds a connection but no snapshot: it never keeps VACUUM from cleaning up.
    /// </summary>
    private const int ReadPageSize = 1_000;

    public IAsyncEnumerable<StoredEvent> ReadStreamAsync(StreamName stream, long fromVersion, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);
        if (stream.IsDefault)
            throw new ArgumentException("The stream name is default(StreamName).", nameof(stream));
        return ReadPagesAsync("stream = $2 AND version > $1", "version", e => e.StreamVersion, stream.Value, fromVersion - 1, ct);
    }

    public IAsyncEnumerable<StoredEvent> ReadAllAsync(GlobalPosition after, CancellationToken ct) =>
        ReadPagesAsync("position > $1", "position", e => e.Position.Value, null, after.Value, ct);

    public async IAsyncEnumerable<PayloadBatch> ReadPayloadsAsync(GlobalPosition after, [EnumeratorCancellation] CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT position, payload FROM events WHERE position > $1 ORDER BY position LIMIT {PayloadBatch.MaxEvents};", connection);
        var afterKey = new NpgsqlParameter<long>();
        command.Parameters.Add(afterKey);
        await command.PrepareAsync(ct).ConfigureAwait(false);
        var last = after.Value;
        while (true)
        {
            afterKey.TypedValue = last;
            var batch = new PayloadBatch();
            try
            {
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (!batch.IsFull && await reader.ReadAsync(ct).ConfigureAwait(false))
                    batch.Add(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1));
            }
            catch
            {
                batch.Dispose();
                throw;
            }
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
        await using var command = _dataSource.CreateCommand(
            "SELECT stream, max(version), count(*) FROM events GROUP BY stream LIMIT $1;");
        command.Parameters.Add(new() { Value = StoreLimits.MaxListedStreams + 1 });
        var streams = new List<StreamInfo>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            if (streams.Count == StoreLimits.MaxListedStreams)
                throw new InvalidOperationException($"The store holds more than {StoreLimits.MaxListedStreams} streams.");
            streams.Add(new StreamInfo(StreamName.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2)));
        }
        // Sorted here, not in SQL: the database's collation is not .NET ordinal order.
        streams.Sort((a, b) => string.CompareOrdinal(a.Stream.Value, b.Stream.Value));
        return streams;
    }

    public async Task<long> StreamVersionAsync(StreamName stream, CancellationToken ct)
    {
        var value = await ScalarAsync("SELECT max(version) FROM events WHERE stream = $1;", stream.Value, ct).ConfigureAwait(false);
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
        await using var command = _dataSource.CreateCommand(sql);
        if (stream is not null)
            command.Parameters.Add(new() { Value = stream });
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
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {EventRows.Columns} FROM events WHERE {filter} ORDER BY {keyColumn} LIMIT {ReadPageSize};", connection);
        var afterKey = new NpgsqlParameter<long>();
        command.Parameters.Add(afterKey);
        if (stream is not null)
            command.Parameters.Add(new() { Value = stream });
        await command.PrepareAsync(ct).ConfigureAwait(false);
        var rows = ReadPageSize;
        while (rows == ReadPageSize)
        {
            afterKey.TypedValue = after;
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
