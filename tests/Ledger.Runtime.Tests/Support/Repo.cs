namespace Ledger.Runtime.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

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
