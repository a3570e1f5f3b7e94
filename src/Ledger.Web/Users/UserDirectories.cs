using Ledger.Application.Stores;

namespace Ledger.Web.Users;

/// <summary>Opens the user directory that goes with a store URI (contract §2).</summary>
public static class UserDirectories
{
    /// <summary>
    /// <c>sqlite:PATH</c>: the <c>web_users</c> table of that file. <c>memory:</c>: an empty in-memory directory.
    /// </summary>
    /// <exception cref="StoreUriException">Any other store: users are not kept there yet.</exception>
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
        throw new StoreUriException(
            $"store '{EventStores.Redact(storeUri)}': users and API tokens are kept only in sqlite: stores for now; "
            + "serve a sqlite:PATH store, or add users there");
    }
}
