using Ledger.Architecture.Tests.Packages;

namespace Ledger.Architecture.Tests.Layering;

/// <summary>
/// The dependency arrows of the solution only point down (ADR 0006): every project file under src/, projections/ and
/// tests/ references only what its layer may, so a change cannot quietly add an upward arrow.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void Every_project_references_only_what_its_layer_allows()
    {
        var violations = PackageLocks.ProjectFiles()
            .SelectMany(file => ProjectReferences.Violations(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)))
            .ToList();
        Assert.True(violations.Count == 0, "references against the layering (ADR 0006):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_known_exception_is_still_a_reference_so_the_list_only_shrinks()
    {
        var references = PackageLocks.ProjectFiles()
            .SelectMany(file => ProjectReferences.Of(System.Xml.Linq.XDocument.Load(file))
                .Select(target => (From: Path.GetFileNameWithoutExtension(file), To: target)))
            .ToHashSet();
        var stale = Layers.KnownExceptions.Where(e => !references.Contains(e)).ToList();
        Assert.True(stale.Count == 0, "known exceptions no longer referenced, remove them: " + string.Join(", ", stale));
    }

    [Fact]
    public void Given_the_store_port_referencing_an_adapter_when_checked_then_the_reference_is_refused()
    {
        const string csproj = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\Ledger.Store.Sqlite\Ledger.Store.Sqlite.csproj" />
              </ItemGroup>
            </Project>
            """;

        var violations = ProjectReferences.Violations("Ledger.Store", csproj);

        Assert.Equal(["Ledger.Store must not reference Ledger.Store.Sqlite (allowed: nothing)"], violations);
    }

    [Fact]
    public void Given_the_domain_referencing_a_package_other_than_NodaTime_when_checked_then_the_package_is_refused()
    {
        const string csproj = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="NodaTime" />
                <PackageReference Include="Newtonsoft.Json" />
              </ItemGroup>
            </Project>
            """;

        var violations = ProjectReferences.Violations("Ledger.Domain", csproj);

        Assert.Equal(["Ledger.Domain must not reference package Newtonsoft.Json (allowed: NodaTime)"], violations);
    }

    [Fact]
    public void Given_the_web_host_referencing_a_database_driver_when_checked_then_the_driver_is_refused()
    {
        const string csproj = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="Microsoft.AspNetCore.OpenApi" />
                <PackageReference Include="Microsoft.Data.Sqlite" />
                <PackageReference Include="Npgsql" />
              </ItemGroup>
            </Project>
            """;

        var violations = ProjectReferences.Violations("Ledger.Web", csproj);

        Assert.Equal(
        [
            "Ledger.Web must not reference database driver Microsoft.Data.Sqlite (only Ledger.Store.Sqlite, Ledger.Store.Postgres may)",
            "Ledger.Web must not reference database driver Npgsql (only Ledger.Store.Sqlite, Ledger.Store.Postgres may)",
        ], violations);
    }

    [Fact]
    public void The_web_host_keeps_its_users_behind_the_store_adapters_and_references_no_database_driver()
    {
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Ledger.Web", "Ledger.Web.csproj"));

        var drivers = ProjectReferences.PackagesOf(project).Intersect(Layers.DatabaseDrivers, StringComparer.OrdinalIgnoreCase);

        Assert.Empty(drivers);
    }

    [Fact]
    public void Given_a_project_in_no_layer_when_checked_then_it_is_refused_until_placed()
    {
        var violations = ProjectReferences.Violations("Ledger.Reports", "<Project />");

        Assert.Equal(["Ledger.Reports is in no layer: add it to Layers.AllowedReferences (and to ADR 0006)"], violations);
    }

    [Fact]
    public void Given_a_test_project_when_checked_then_it_may_reference_anything()
    {
        const string csproj = """<Project><ItemGroup><ProjectReference Include="../../src/Ledger.Store.Postgres/Ledger.Store.Postgres.csproj" /></ItemGroup></Project>""";

        Assert.Empty(ProjectReferences.Violations("Ledger.Web.Tests", csproj));
    }
}
