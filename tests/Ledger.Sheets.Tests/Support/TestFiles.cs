namespace Ledger.Sheets.Tests.Support;

/// <summary>Paths of the test project's own files (Data/; Golden/ is read by <see cref="Ledger.Testing.Golden"/>).</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> ProjectDirectory = new(FindProjectDirectory);

    /// <summary>The source directory of this test project, found by walking up from the test binary.</summary>
    public static string Project => ProjectDirectory.Value;

    public static string Data(string name) => Path.Combine(Project, "Data", name);

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ledger.Sheets.Tests.csproj")))
                return dir.FullName;
            // With artifacts output the binary lives under the repository root, beside tests/.
            var inTests = Path.Combine(dir.FullName, "tests", "Ledger.Sheets.Tests");
            if (File.Exists(Path.Combine(inTests, "Ledger.Sheets.Tests.csproj")))
                return inTests;
        }
        throw new InvalidOperationException("cannot find Ledger.Sheets.Tests.csproj above " + AppContext.BaseDirectory);
    }
}
