using System.Diagnostics;

namespace Ledger.Testing.Processes;

/// <summary>
/// Runs the built <c>ledger</c> as a separate process, as users and scripts do: real exit codes, real stdout and
/// stderr, a pinned clock where asked (so that a run repeated after a kill writes the events of a reference run byte
/// for byte). Each instance owns one store: a SQLite file in a temporary folder, or a schema of its own on the
/// PostgreSQL test server; tests that only read a store may share one (<see cref="ShareReadOnly"/>).
/// </summary>
public sealed class LedgerProcess : IDisposable
{
    private readonly string? _schema;
    private bool _readOnly;

    /// <param name="postgres">Run against the PostgreSQL test server (a schema of its own) instead of a SQLite file.</param>
    public LedgerProcess(bool postgres = false)
        : this(postgres ? StoreKind.Postgres : StoreKind.Sqlite)
    {
    }

    public LedgerProcess(StoreKind kind)
        : this(kind, Path.Combine(Path.GetTempPath(), "ledger-tests"))
    {
    }

    /// <param name="parent">The folder this process's own folder is made in (the fault tests keep theirs together).</param>
    public LedgerProcess(StoreKind kind, string parent)
    {
        Kind = kind;
        Folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (kind == StoreKind.Postgres)
            _schema = TestServer.CreateSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public StoreKind Kind { get; }

    /// <summary>The working directory of every run, and the place of the SQLite file; deleted on dispose.</summary>
    public string Folder { get; }

    /// <summary>The store URI every run gets in <c>LEDGER_STORE</c>.</summary>
    public string Store => _schema is null ? "sqlite:" + StorePath : TestServer.StoreUri(_schema);

    /// <summary>The SQLite file of this process's store (SQLite runs only).</summary>
    public string StorePath => Kind == StoreKind.Sqlite ? Path.Combine(Folder, "ledger.db") : throw new InvalidOperationException("not a SQLite run");

    /// <summary>The PostgreSQL connection string of this process's schema (PostgreSQL runs only).</summary>
    public string PostgresConnection => TestServer.ConnectionStringFor(_schema ?? throw new InvalidOperationException("not a PostgreSQL run"));

    /// <summary>From now on refuses the commands that write: the store is shared by tests that only read it.</summary>
    public void ShareReadOnly() => _readOnly = true;

    public LedgerRun Run(params string[] args) => RunAt(null, args);

    /// <summary>Runs with the ledger's clock pinned to <paramref name="now"/> (ISO-8601 UTC), or the real clock when null.</summary>
    public LedgerRun RunAt(string? now, params string[] args) => ProcessRunner.Run(StartInfo(now, args));

    /// <summary>How a run on this store is started, for a test that holds the process (to kill it, or to wrap it).</summary>
    public ProcessStartInfo StartInfo(string? now, IEnumerable<string> args)
    {
        var arguments = args.ToList();
        if (_readOnly && arguments is ["import" or "correct" or "append" or "gen" or "user", ..])
            throw new InvalidOperationException($"ledger {arguments[0]} on a store shared by read-only tests: give the test a LedgerProcess of its own");
        return StartInfo(Store, Folder, now, arguments);
    }

    /// <summary>
    /// How <c>dotnet ledger.dll ARGS</c> is started on <paramref name="store"/> (given in <c>LEDGER_STORE</c>) in
    /// <paramref name="folder"/>, as actor <c>tester</c>, with the clock pinned to <paramref name="now"/> or real.
    /// </summary>
    public static ProcessStartInfo StartInfo(string store, string folder, string? now, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(RepoPaths.LedgerDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["LEDGER_STORE"] = store;
        start.Environment["LEDGER_ACTOR"] = "tester";
        start.Environment.Remove("LEDGER_NOW");
        if (now is not null)
            start.Environment["LEDGER_NOW"] = now;
        return start;
    }

    /// <summary>The journal as <c>ledger export</c> gives it: for byte-for-byte comparisons.</summary>
    public string Export() => Run("export").ShouldSucceed().Out;

    /// <summary>The exported events, one a line, without the export's trailer (its last line).</summary>
    public string[] ExportedEvents() => [.. Run("export").ShouldSucceed().OutLines.Where(l => !IsExportTrailer(l))];

    /// <summary>The line <c>ledger export</c> ends with: <c>{"export":{"events":N,"sha256":"HEX"}}</c>.</summary>
    public static bool IsExportTrailer(string line) => line.StartsWith("{\"export\":", StringComparison.Ordinal);

    public void Dispose()
    {
        if (_schema is not null)
            TestServer.DropSchemaAsync(_schema).GetAwaiter().GetResult();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a test must not fail over it.
        }
    }
}
