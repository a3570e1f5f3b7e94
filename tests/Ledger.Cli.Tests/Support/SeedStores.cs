using Ledger.Cli.Tests.Support;

[assembly: AssemblyFixture(typeof(SeedStores))]

namespace Ledger.Cli.Tests.Support;

/// <summary>
/// The seed budgets imported once per store kind and shared by every test that only reads them: Mangkutana 2020
/// and Kalaena 2021 (murni, then perubahan) and Towuti 2023 (budget, realisasi TW IV), with pinned clocks.
/// Importing them for each test cost more than half of this assembly's process starts. The shared stores refuse
/// writes (<see cref="LedgerProcess.ShareReadOnly"/>): a test that writes takes a <see cref="LedgerProcess"/> of its
/// own. Files a test puts in a shared store's folder need names no other test class uses.
/// </summary>
public sealed class SeedStores : IDisposable
{
    private readonly Lazy<LedgerProcess> _sqlite = new(() => Import(StoreKind.Sqlite));
    private readonly Lazy<LedgerProcess> _postgres = new(() => Import(StoreKind.Postgres));

    /// <summary>
    /// The shared store of <paramref name="kind"/>, imported on first use. Without a PostgreSQL server the
    /// PostgreSQL one fails (or is skipped) the way <see cref="TestServer"/> says, in every test that asks for it.
    /// </summary>
    public LedgerProcess For(StoreKind kind) => (kind == StoreKind.Sqlite ? _sqlite : _postgres).Value;

    public const string Kalaena = "Kecamatan Kalaena";

    public static void ImportKalaena(LedgerProcess ledger)
    {
        ledger.RunAt("2021-01-04T09:00:00Z", "import", "budget", Repo.Sample("kalaena-2021-murni.csv"), "--unit", Kalaena, "--year", "2021",
            "--stage", "murni", "--effective", "2020-12-31").ShouldSucceed();
        ledger.RunAt("2021-06-18T09:00:00Z", "import", "budget", Repo.Sample("kalaena-2021-perubahan.csv"), "--unit", Kalaena, "--year", "2021",
            "--stage", "perubahan", "--effective", "2021-06-17", "--basis", "Keputusan Camat Kalaena Nomor 031 Tahun 2021").ShouldSucceed();
    }

    private static LedgerProcess Import(StoreKind kind)
    {
        var ledger = new LedgerProcess(kind);
        try
        {
            Mangkutana.ImportBoth(ledger);
            ImportKalaena(ledger);
            Samples.ImportTowuti(ledger);
            ledger.ShareReadOnly();
            return ledger;
        }
        catch
        {
            ledger.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var store in new[] { _sqlite, _postgres }.Where(s => s.IsValueCreated))
            store.Value.Dispose();
    }
}
