using Ledger.Cli;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Support;

/// <summary>
/// A scratch folder with its own SQLite store, and the CLI run in this process against it, for tests of `ledger`
/// commands that need no built executable. Deleted on dispose.
/// </summary>
public sealed class CliScratch : IDisposable
{
    public CliScratch(string prefix) => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "ledger.db");

    public string Store => "sqlite:" + DatabasePath;

    /// <summary>Runs <c>ledger ARGS --store STORE</c>: exit code, stdout, stderr.</summary>
    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await LedgerCli.RunAsync([.. args, "--store", Store], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
