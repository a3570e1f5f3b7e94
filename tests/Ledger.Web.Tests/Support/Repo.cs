namespace Ledger.Web.Tests.Support;

/// <summary>Paths in the repository the tests run from (shared ones in <see cref="Ledger.Testing.RepoPaths"/>), and where they leave artifacts (screenshots, timings).</summary>
public static class Repo
{
    public static string Root => Ledger.Testing.RepoPaths.Root;

    public static string Sample(string name) => Ledger.Testing.RepoPaths.Sample(name);

    public static string LedgerDll => Ledger.Testing.RepoPaths.LedgerDll;

    /// <summary><c>bin/…/artifacts</c> of this test project: screenshots and measurements of the browser tests.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
