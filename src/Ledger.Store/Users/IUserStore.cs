namespace Ledger.Store;

/// <summary>
/// The web users and the SHA-256 of their API tokens: one more table of the ledger's store (<c>web_users</c>), beside
/// the journal and never in its streams. Mutable state, unlike the journal: users are added and removed. Knows rows,
/// not rules: names arrive checked and trimmed, and a role is the text it is stored as. Implementations are
/// thread-safe and keep every row they report as committed; dispose once all calls have finished.
/// </summary>
public interface IUserStore : IAsyncDisposable
{
    /// <summary>Adds <paramref name="user"/> with the SHA-256 of their token (32 bytes).</summary>
    /// <returns>False, storing nothing, when a user of that name (or, practically never, that token hash) exists.</returns>
    Task<bool> TryAddAsync(StoredUser user, byte[] tokenSha256, CancellationToken ct);

    /// <summary>The user whose token has this SHA-256, as the table holds them now; null when nobody's does.</summary>
    Task<StoredUser?> FindByTokenHashAsync(byte[] tokenSha256, CancellationToken ct);

    /// <summary>Every user, ordered by name (ordinal).</summary>
    Task<IReadOnlyList<StoredUser>> ListAsync(CancellationToken ct);

    /// <summary>Removes the user of exactly this name, and with them their token hash; false when there is none.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken ct);
}
