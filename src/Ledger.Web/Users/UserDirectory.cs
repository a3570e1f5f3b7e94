using Ledger.Application;
using Ledger.Composition;
using Ledger.Store;

namespace Ledger.Web.Users;

/// <summary>
/// The users of the web UI and API over the users table of the ledger's store (<see cref="IUserStore"/>): the rules
/// (names, roles and units that fit, tokens made here and stored only as their SHA-256) on top of rows the store keeps.
/// Owns the store and disposes it. Thread-safe as the store is.
/// </summary>
public sealed class UserDirectory(IUserStore store) : IUserDirectory, IAsyncDisposable
{
    /// <summary>The users of the store <paramref name="storeUri"/> names (contract §2), through the same switch as its journal.</summary>
    /// <exception cref="StoreUriException">Not a store URI, or a store whose users cannot be kept.</exception>
    public static async Task<UserDirectory> OpenAsync(string storeUri, CancellationToken ct) => new(await UserStores.OpenAsync(storeUri, ct));

    /// <summary>An empty directory in memory, for tests; gone when the process ends.</summary>
    public static UserDirectory InMemory() => new(new InMemoryUserStore());

    public async Task<string> AddAsync(string name, UserRole role, string? unit, CancellationToken ct)
    {
        var user = NewUser.Validate(name, role, unit);
        var token = ApiTokens.New();
        var row = new StoredUser(user.Name, user.Role.Name(), user.Unit, DateTimeOffset.UtcNow);
        if (!await store.TryAddAsync(row, ApiTokens.Hash(token), ct))
            throw new InputException($"user '{user.Name}' exists already");
        return token;
    }

    public async Task<LedgerUser?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken ct) =>
        await store.FindByTokenHashAsync(tokenHash, ct) is { } row ? new LedgerUser(row.Name, RoleOf(row), row.Unit) : null;

    public async Task<IReadOnlyList<ListedUser>> ListAsync(CancellationToken ct) =>
        (await store.ListAsync(ct)).Select(row => new ListedUser(row.Name, RoleOf(row), row.Unit, row.Created)).ToList();

    public Task<bool> RemoveAsync(string name, CancellationToken ct) => store.RemoveAsync(name.Trim(), ct);

    public ValueTask DisposeAsync() => store.DisposeAsync();

    private static UserRole RoleOf(StoredUser row) => UserRoles.TryParse(row.Role, out var role)
        ? role
        : throw new InvalidOperationException($"web_users holds an unknown role '{row.Role}' for '{row.Name}'");
}
