using System.Xml.Linq;

namespace Ledger.Architecture.Tests.Layering;

/// <summary>
/// Checks one project file against <see cref="Layers"/>: every <c>ProjectReference</c> must be allowed for the
/// project (or be a known exception), and the projects with a package rule may reference no other package.
/// </summary>
public static class ProjectReferences
{
    /// <summary>The projects a project file references, by name (the file name without <c>.csproj</c>).</summary>
    public static IReadOnlyList<string> Of(XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();

    /// <summary>The packages a project file references, by id.</summary>
    public static IReadOnlyList<string> PackagesOf(XDocument project) =>
        project.Descendants("PackageReference").Select(r => (string?)r.Attribute("Include") ?? "").ToList();

    /// <summary>One line per reference of <paramref name="project"/> that the layering forbids; none when it holds.</summary>
    public static IReadOnlyList<string> Violations(string project, string csprojText)
    {
        if (Layers.IsTestProject(project))
            return [];
        if (!Layers.AllowedReferences.TryGetValue(project, out var allowed))
            return [$"{project} is in no layer: add it to Layers.AllowedReferences (and to ADR 0006)"];
        var document = XDocument.Parse(csprojText);
        var violations = Of(document)
            .Where(target => !allowed.Contains(target, StringComparer.Ordinal) && !Layers.KnownExceptions.Contains((project, target)))
            .Select(target => $"{project} must not reference {target} (allowed: {Describe(allowed)})")
            .ToList();
        if (Layers.AllowedPackages.TryGetValue(project, out var packages))
        {
            violations.AddRange(PackagesOf(document)
                .Where(package => !packages.Contains(package, StringComparer.Ordinal))
                .Select(package => $"{project} must not reference package {package} (allowed: {Describe(packages)})"));
        }
        if (!Layers.DriverUsers.Contains(project, StringComparer.Ordinal))
        {
            violations.AddRange(PackagesOf(document)
                .Where(package => Layers.DatabaseDrivers.Contains(package, StringComparer.OrdinalIgnoreCase))
                .Select(package => $"{project} must not reference database driver {package} (only {Describe([.. Layers.DriverUsers])} may)"));
        }
        return violations;
    }

    private static string Describe(string[] names) => names.Length == 0 ? "nothing" : string.Join(", ", names);
}
