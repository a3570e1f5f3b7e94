using System.Xml.Linq;

namespace Ledger.Architecture.Tests.Packages;

/// <summary>
/// A restore must give the same packages on any day, whatever the registry serves (ADR 0004): every project restores
/// in locked mode from its own lock file, and nothing it resolves is named by a known advisory.
/// </summary>
public sealed class RestoreTests
{
    [Fact]
    public void Every_project_has_a_lock_file()
    {
        var missing = PackageLocks.ProjectFiles().Where(p => !File.Exists(PackageLocks.LockFileOf(p))).ToList();
        Assert.True(missing.Count == 0, "no packages.lock.json (run scripts/relock): " + string.Join(", ", missing));
    }

    [Fact]
    public void Restore_is_locked_and_transitive_versions_are_pinned()
    {
        var build = BuildProperties("Directory.Build.props");
        Assert.Equal("true", build["RestorePackagesWithLockFile"]);
        Assert.Equal("true", build["RestoreLockedMode"]);
        var packages = BuildProperties("Directory.Packages.props");
        Assert.Equal("true", packages["CentralPackageTransitivePinningEnabled"]);
    }

    [Fact]
    public void Vulnerability_warnings_are_never_silenced()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        foreach (var code in new[] { "NU1901", "NU1902", "NU1903", "NU1904" })
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_resolved_package_is_named_by_a_known_advisory()
    {
        var hits =
            (from resolved in PackageLocks.ResolvedPackages()
             from advisory in KnownAdvisories.All
             where string.Equals(advisory.Package, resolved.Package, StringComparison.OrdinalIgnoreCase)
             let version = Version.Parse(resolved.Version.Split('-', '+')[0])
             where version >= advisory.From && version < advisory.FixedIn
             select $"{resolved.Project}: {resolved.Package} {resolved.Version} ({advisory.Id}, fixed in {advisory.FixedIn})")
            .Distinct()
            .ToList();
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    [Theory]
    [InlineData("System.Drawing.Common", "4.5.0")]
    [InlineData("System.Drawing.Common", "4.7.0")]
    [InlineData("System.IO.Packaging", "6.0.0")]
    public void The_advisory_check_catches_the_versions_restore_used_to_drift_to(string package, string version)
    {
        var v = Version.Parse(version);
        Assert.Contains(KnownAdvisories.All, a => a.Package == package && v >= a.From && v < a.FixedIn);
    }

    private static Dictionary<string, string> BuildProperties(string file) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, file))
            .Descendants()
            .Where(e => e.Parent?.Name.LocalName == "PropertyGroup" && e.Attribute("Condition") is null || e.Name.LocalName == "RestoreLockedMode")
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.First().Value.Trim());
}
