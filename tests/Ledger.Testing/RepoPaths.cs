namespace Ledger.Testing;

/// <summary>Paths in the repository the tests run from: its root, the bundled samples, the built CLI.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>The built CLI of the same configuration as the running test assembly.</summary>
    public static string LedgerDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}")
                ? "Release"
                : "Debug";
            var dll = Path.Combine(Root, "src", "Ledger.Cli", "bin", configuration, "net10.0", "ledger.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the CLI first: {dll}");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ledger.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Ledger.sln not found above " + AppContext.BaseDirectory);
    }
}
