using Ledger.Store;
using Ledger.Store.Postgres;
using Ledger.Store.Sqlite;

namespace Ledger.Composition;

/// <summary>
/// Opens the users (web users and their token hashes) of the store a URI names, through the same switch as its journal
/// (<see cref="EventStores"/>): the <c>web_users</c> table of the SQLite file or of the PostgreSQL ledger's schema,
/// or an empty in-memory table for <c>memory:</c>.
/// </summary>
public static class UserStores
{
    private static readonly StoreAdapters<IUserStore> Adapters = new(
        async (path, ct) => await SqliteUserStore.OpenAsync(path, ct),
        async (uri, ct) => await PostgresUserStore.OpenAsync(uri, ct),
        () => new InMemoryUserStore());

    /// <exception cref="StoreUriException">As <see cref="EventStores.OpenAsync(string, CancellationToken)"/>; also a
    /// PostgreSQL ledger without a users table that this role may not create.</exception>
    public static Task<IUserStore> OpenAsync(string uri, CancellationToken ct) => EventStores.OpenAsync(uri, Adapters, ct);
}
