using System.Diagnostics;

namespace Ledger.Cli.Tests.Support;

/// <summary>What one run of the CLI did.</summary>
public sealed record LedgerRun(int ExitCode, string Out, string Error)
{
    public LedgerRun ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}");
        return this;
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Runs the built <c>ledger</c> as a separate process, as users and scripts do: real exit codes, real
/// stdout and stderr. Each test that writes gets a store of its own in a temporary folder; tests that only read the
/// seed budgets share one per store kind (<see cref="SeedStores"/>).
/// </summary>
public sealed class LedgerProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string? _schema;
    private bool _readOnly;

    /// <param name="postgres">Run against the PostgreSQL test server (a schema of its own) instead of a SQLite file.</param>
    public LedgerProcess(bool postgres = false)
        : this(postgres ? StoreKind.Postgres : StoreKind.Sqlite)
    {
    }

    public LedgerProcess(StoreKind kind)
    {
        Kind = kind;
        Directory.CreateDirectory(Folder);
        if (kind == StoreKind.Postgres)
            _schema = TestServer.CreateSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public StoreKind Kind { get; }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ledger-tests", Guid.NewGuid().ToString("N"));

    public string Store => _schema is null ? "sqlite:" + StorePath : TestServer.StoreUri(_schema);

    /// <summary>The SQLite file of this process's store (SQLite runs only).</summary>
    public string StorePath => Kind == StoreKind.Sqlite ? Path.Combine(Folder, "ledger.db") : throw new InvalidOperationException("not a SQLite run");

    /// <summary>The PostgreSQL connection string of this process's schema (PostgreSQL runs only).</summary>
    public string PostgresConnection => TestServer.ConnectionStringFor(_schema ?? throw new InvalidOperationException("not a PostgreSQL run"));

    /// <summary>From now on refuses the commands that write: the store is shared by tests that only read it.</summary>
    public void ShareReadOnly() => _readOnly = true;

    public LedgerRun Run(params string[] args) => RunAt(null, args);

    /// <summary>Runs with the ledger's clock pinned to <paramref name="now"/> (ISO-8601 UTC), or the real clock when null.</summary>
    public LedgerRun RunAt(string? now, params string[] args)
    {
        if (_readOnly && args is ["import" or "correct" or "append" or "gen" or "user", ..])
            throw new InvalidOperationException($"ledger {args[0]} on a store shared by read-only tests: give the test a LedgerProcess of its own");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        start.ArgumentList.Add(Repo.LedgerDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["LEDGER_STORE"] = Store;
        start.Environment["LEDGER_ACTOR"] = "tester";
        start.Environment.Remove("LEDGER_NOW");
        if (now is not null)
            start.Environment["LEDGER_NOW"] = now;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ledger {string.Join(' ', args)} ran over {Timeout}");
        }
        return new LedgerRun(process.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
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
