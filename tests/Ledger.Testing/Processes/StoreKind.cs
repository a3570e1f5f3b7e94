namespace Ledger.Testing.Processes;

/// <summary>
/// The stores every end-to-end test runs on. A test class that does not care which store it has is abstract, takes
/// one in its constructor, and has one nested <c>OnSqlite</c> and one <c>OnPostgres</c> subclass.
/// </summary>
public enum StoreKind
{
    /// <summary>A SQLite file in the test's temporary folder.</summary>
    Sqlite,

    /// <summary>A schema of its own on the PostgreSQL test server (<c>LEDGER_TEST_POSTGRES</c>, see <see cref="TestServer"/>).</summary>
    Postgres,
}
