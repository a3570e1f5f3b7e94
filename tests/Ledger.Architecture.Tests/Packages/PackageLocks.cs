using System.Text.Json;

namespace Ledger.Architecture.Tests.Packages;

/// <summary>The packages.lock.json of every project in the repository, read as (project, package, version) rows.</summary>
public static class PackageLocks
{
    public sealed record Resolved(string Project, string Package, string Version);

    public static IEnumerable<string> ProjectFiles() =>
        new[] { "src", "projections", "tests" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, dir), "*.csproj", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string LockFileOf(string projectFile) =>
        Path.Combine(Path.GetDirectoryName(projectFile)!, "packages.lock.json");

    public static IEnumerable<Resolved> ResolvedPackages()
    {
        foreach (var project in ProjectFiles())
        {
            var lockFile = LockFileOf(project);
            if (!File.Exists(lockFile))
                continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(lockFile));
            foreach (var framework in doc.RootElement.GetProperty("dependencies").EnumerateObject())
            {
                foreach (var package in framework.Value.EnumerateObject())
                {
                    if (package.Value.GetProperty("type").GetString() == "Project")
                        continue;
                    yield return new(Path.GetFileName(project), package.Name, package.Value.GetProperty("resolved").GetString()!);
                }
            }
        }
    }
}
