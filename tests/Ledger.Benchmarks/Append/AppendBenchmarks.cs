using BenchmarkDotNet.Attributes;
using Ledger.Store;
using Ledger.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ledger.Benchmarks.Append;

/// <summary>
/// Batched append of 100,000 generated events into a new SQLite journal, against raw Microsoft.Data.Sqlite inserts
/// of the same bytes in the same transactions (same WAL mode and synchronous=FULL) into a plain table: the store's
/// own cost is the ratio (hash chain, idempotency by id, expected version, append-only triggers, unique indexes).
/// One operation = all 100,000 events.
/// </summary>
[MemoryDiagnoser]
public class AppendBenchmarks
{
    private AppendSource _source = null!;
    private string _path = null!;

    [GlobalSetup]
    public async Task SetUpAsync() => _source = await AppendSource.LoadAsync(CancellationToken.None);

    [IterationSetup]
    public void NewFile()
    {
        _path = Path.Combine(Path.GetTempPath(), $"ledger-bench-append-{Guid.NewGuid():N}.db");
    }

    [IterationCleanup]
    public void DeleteFile()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }

    [Benchmark(Baseline = true, Description = "raw inserts (Microsoft.Data.Sqlite)")]
    public void RawInserts()
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;" +
            "CREATE TABLE events(position INTEGER PRIMARY KEY, stream TEXT NOT NULL, version INTEGER NOT NULL, event_id BLOB NOT NULL, type TEXT NOT NULL, payload BLOB NOT NULL);");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO events(stream, version, event_id, type, payload) VALUES ($s, $v, $i, $t, $p);";
        var (s, v, i, t, p) = (insert.Parameters.Add("$s", SqliteType.Text), insert.Parameters.Add("$v", SqliteType.Integer),
            insert.Parameters.Add("$i", SqliteType.Blob), insert.Parameters.Add("$t", SqliteType.Text), insert.Parameters.Add("$p", SqliteType.Blob));
        var versions = new Dictionary<StreamName, long>();
        foreach (var (stream, events) in _source.Batches)
        {
            using var tx = connection.BeginTransaction();
            insert.Transaction = tx;
            var version = versions.GetValueOrDefault(stream, -1);
            foreach (var e in events)
            {
                (s.Value, v.Value, i.Value, t.Value, p.Value) = (stream.Value, ++version, e.EventId.ToByteArray(), e.EventType, e.Payload.ToArray());
                insert.ExecuteNonQuery();
            }
            versions[stream] = version;
            tx.Commit();
        }
    }

    [Benchmark(Description = "ledger store append")]
    public async Task StoreAppend()
    {
        await using var store = await SqliteEventStore.OpenAsync(_path, CancellationToken.None);
        foreach (var (stream, events) in _source.Batches)
            await store.AppendAsync(stream, ExpectedVersion.Any, events, CancellationToken.None);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
