using System.Diagnostics;

namespace Ledger.Cli.Tests.Faults;

/// <summary>A fresh, empty journal for the fault tests: a SQLite file in a folder of its own, or a PostgreSQL schema.</summary>
public sealed class FaultStore : IDisposable
{
    private readonly string? _schema;

    private FaultStore(string kind, string folder, string uri, string? schema)
    {
        Kind = kind;
        Folder = folder;
        Uri = uri;
        _schema = schema;
    }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Kind { get; }

    public string Folder { get; }

    public string Uri { get; }

    /// <summary>Whether the crash loop also runs on PostgreSQL: only where the test server is given, as the other PostgreSQL tests are.</summary>
    public static bool PostgresAvailable =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestServer.UriVariable))
        && Environment.GetEnvironmentVariable(TestServer.SkipVariable) != "1";

    public static FaultStore Create(string kind, string parent)
    {
        var folder = Path.Combine(parent, $"{kind}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (kind == "sqlite")
            return new FaultStore(kind, folder, "sqlite:" + Path.Combine(folder, "ledger.db"), null);
        var schema = TestServer.CreateSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new FaultStore(kind, folder, TestServer.StoreUri(schema), schema);
    }

    public ProcessStartInfo StartInfo(string? now, IEnumerable<string> args) => CliProcess.StartInfo(Uri, Folder, now, args);

    public CliResult Run(string? now, params string[] args) => CliProcess.Run(StartInfo(now, args));

    /// <summary>The journal as <c>ledger export</c> gives it, one event a line (without the export's trailer).</summary>
    public string[] Export()
    {
        var export = Run(null, "export");
        Assert.True(export.ExitCode == 0, $"ledger export on {Kind}: {export}");
        return [.. export.OutLines.Where(l => !Support.LedgerProcess.IsExportTrailer(l))];
    }

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
