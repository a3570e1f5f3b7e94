namespace Ledger.Testing.Processes;

/// <summary>
/// A scratch folder with its own SQLite store, and the built <c>ledger</c> run against it with <c>--store</c> (the
/// same harness as <see cref="LedgerProcess"/>, asynchronous). Deleted on dispose.
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
        var run = await ProcessRunner.RunAsync(LedgerProcess.StartInfo(Store, Folder, null, [.. args, "--store", Store]));
        return (run.ExitCode, run.Out, run.Error);
    }

    public void Dispose()
    {
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
