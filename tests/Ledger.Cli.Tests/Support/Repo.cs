namespace Ledger.Cli.Tests.Support;

/// <summary>Paths in the repository the tests run from (shared ones in <see cref="RepoPaths"/>), and this project's data.</summary>
public static class Repo
{
    public static string Root => RepoPaths.Root;

    public static string Sample(string name) => RepoPaths.Sample(name);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static string LedgerDll => RepoPaths.LedgerDll;
}
