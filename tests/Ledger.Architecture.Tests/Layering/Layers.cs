namespace Ledger.Architecture.Tests.Layering;

/// <summary>
/// The layering of the solution (ADR 0006), as the project references each project may have. Arrows point down
/// only: the domain knows nothing, the store port knows nothing, adapters know the port, the runtime and the
/// application know the domain, the port and the codec, and only the composition root and the executables know a
/// concrete store. Test projects, the shared test support and the benchmarks may reference anything.
/// </summary>
public static class Layers
{
    private const string Domain = "Ledger.Domain";
    private const string Store = "Ledger.Store";
    private const string Journal = "Ledger.Journal";
    private const string Sheets = "Ledger.Sheets";
    private const string Projections = "Ledger.Projections";
    private const string Application = "Ledger.Application";
    private const string Generating = "Ledger.Generating";
    private const string Runtime = "Ledger.Runtime";
    private const string Composition = "Ledger.Composition";
    private const string Sqlite = "Ledger.Store.Sqlite";
    private const string Postgres = "Ledger.Store.Postgres";

    /// <summary>Project → the projects it may reference directly.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedReferences = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Domain] = [],
        [Store] = [],
        [Projections] = [Domain],
        [Sheets] = [Domain],
        [Sqlite] = [Store],
        [Postgres] = [Store],
        [Journal] = [Domain, Store],
        [Runtime] = [Domain, Store, Journal],
        [Application] = [Domain, Store, Journal, Sheets, Projections],
        [Generating] = [Domain, Store, Journal, Sheets, Projections, Application],
        [Composition] = [Domain, Store, Journal, Sqlite, Postgres, Runtime, Application],
        ["Ledger.Web"] = [Composition, Application, Runtime, Journal, Sheets, Projections, Store, Domain],
        ["Ledger.Cli"] = [Composition, Application, Generating, Runtime, "Ledger.Web", Journal, Sheets, Projections, Store, Domain],
        // scripts/cluster-demo's load client knows the ledger only through the HTTP API of `ledger serve`.
        ["Ledger.ClusterLoad"] = [],
    };

    /// <summary>Project → the only packages it may reference: the two projects every other one stands on.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AllowedPackages = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Domain] = ["NodaTime"],
        [Store] = [],
    };

    /// <summary>
    /// Database driver packages: only the store adapters may reference one, so a table beside the journal (the web's
    /// users) goes behind the port and its adapters, never straight to a driver from the host.
    /// </summary>
    public static readonly IReadOnlyList<string> DatabaseDrivers = ["Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite.Core", "SQLitePCLRaw.bundle_e_sqlite3", "Npgsql"];

    /// <summary>The projects that may reference a <see cref="DatabaseDrivers"/> package.</summary>
    public static readonly IReadOnlyList<string> DriverUsers = [Sqlite, Postgres];

    /// <summary>
    /// References that break the layering and are being removed (issue 12); each is named here so that no new one
    /// can slip in beside them. Empty when the layering holds.
    /// </summary>
    public static readonly IReadOnlyList<(string From, string To)> KnownExceptions = [];

    /// <summary>Tests, the shared test support and the benchmarks stand outside the layering.</summary>
    public static bool IsTestProject(string project) =>
        project.EndsWith(".Tests", StringComparison.Ordinal)
        || project is "Ledger.Testing" or "Ledger.Benchmarks";
}
