using BenchmarkDotNet.Attributes;
using Ledger.Store;
using Ledger.Store.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Benchmarks.Append;

/// <summary>
/// Batched append of the same 100,000 events into a new PostgreSQL journal (a fresh schema each iteration), against
/// raw Npgsql binary COPY of the same bytes in the same transactions into a plain table. Runs when
/// <c>LEDGER_BENCH_POSTGRES</c> holds a server URI (<c>scripts/bench</c> sets it from <c>scripts/pg-up</c>).
/// </summary>
[MemoryDiagnoser]
public class PostgresAppendBenchmarks
{
    public const string UriVariable = "LEDGER_BENCH_POSTGRES";

    private AppendSource _source = null!;
    private string _server = null!;
    private string _schema = null!;

    public static bool Enabled => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UriVariable));

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _server = PostgresConnectionString.Parse(Environment.GetEnvironmentVariable(UriVariable)!);
        _source = await AppendSource.LoadAsync(CancellationToken.None);
    }

    [IterationSetup]
    public void NewSchema()
    {
        _schema = $"ledger_bench_{Guid.NewGuid():N}";
        Execute(_server, $"CREATE SCHEMA {_schema};");
    }

    [IterationCleanup]
    public void DropSchema()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP SCHEMA {_schema} CASCADE;");
    }

    private string SchemaConnection => new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;

    [Benchmark(Baseline = true, Description = "raw binary COPY (Npgsql)")]
    public void RawCopy()
    {
        using var connection = new NpgsqlConnection(SchemaConnection);
        connection.Open();
        using (var create = new NpgsqlCommand(
            "CREATE TABLE events(position bigserial PRIMARY KEY, stream text NOT NULL, version bigint NOT NULL, event_id uuid NOT NULL, type text NOT NULL, payload bytea NOT NULL);",
            connection))
            create.ExecuteNonQuery();
        var versions = new Dictionary<StreamName, long>();
        foreach (var (stream, events) in _source.Batches)
        {
            using var tx = connection.BeginTransaction();
            var version = versions.GetValueOrDefault(stream, -1);
            using (var copy = connection.BeginBinaryImport("COPY events(stream, version, event_id, type, payload) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var e in events)
                {
                    copy.StartRow();
                    copy.Write(stream.Value, NpgsqlDbType.Text);
                    copy.Write(++version, NpgsqlDbType.Bigint);
                    copy.Write(e.EventId, NpgsqlDbType.Uuid);
                    copy.Write(e.EventType, NpgsqlDbType.Text);
                    copy.Write(e.Payload.ToArray(), NpgsqlDbType.Bytea);
                }
                copy.Complete();
            }
            versions[stream] = version;
            tx.Commit();
        }
    }

    [Benchmark(Description = "ledger store append")]
    public async Task StoreAppend()
    {
        await using var store = await PostgresEventStore.OpenAsync("postgres:" + SchemaConnection, CancellationToken.None);
        foreach (var (stream, events) in _source.Batches)
            await store.AppendAsync(stream, ExpectedVersion.Any, events, CancellationToken.None);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
