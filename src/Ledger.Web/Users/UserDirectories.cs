using Ledger.Composition;

namespace Ledger.Web.Users;

/// <summary>Opens the user directory that goes with a store URI (contract §2).</summary>
public static class UserDirectories
{
    /// <summary>
    /// <c>sqlite:PATH</c>: the <c>web_users</c> table of that file; <c>postgres…</c>: the <c>web_users</c> table of the
    /// ledger's schema; <c>memory:</c>: an empty in-memory directory.
    /// </summary>
    /// <exception cref="StoreUriException">Not a store URI.</exception>
    public static async Task<IUserDirectory> OpenAsync(string storeUri, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storeUri);
        if (storeUri.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = storeUri["sqlite:".Length..];
            if (path.Length == 0)
                throw new StoreUriException($"store '{storeUri}' names no file: write sqlite:PATH");
            return await SqliteUserDirectory.OpenAsync(path, ct);
        }
        if (storeUri.Equals("memory:", StringComparison.OrdinalIgnoreCase))
            return new InMemoryUserDirectory();
        if (storeUri.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
            return await PostgresUserDirectory.OpenAsync(storeUri, ct);
        throw new StoreUriException($"store '{EventStores.Redact(storeUri)}' is not a store URI: use sqlite:PATH or postgres://user:pass@host:port/db");
    }
}
