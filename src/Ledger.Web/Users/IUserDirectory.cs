namespace Ledger.Web.Users;

/// <summary>
/// The users of the web UI and API and their tokens, kept apart from the event journal's budget streams.
/// Implementations are thread-safe and never store a token, only its SHA-256 (<see cref="ApiTokens.Hash"/>).
/// </summary>
public interface IUserDirectory
{
    /// <summary>Adds a user and returns their new API token: the only time the token exists in clear.</summary>
    /// <exception cref="Application.InputException">The name is taken or invalid, or the role and unit don't fit (<see cref="NewUser"/>).</exception>
    Task<string> AddAsync(string name, UserRole role, string? unit, CancellationToken ct);

    /// <summary>
    /// The user whose token has this SHA-256, or null, as the table holds them now: asked on every request, by bearer
    /// tokens and sessions alike, so a removed user is out and a changed role holds from the next request.
    /// </summary>
    Task<LedgerUser?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken ct);

    /// <summary>Every user, ordered by name.</summary>
    Task<IReadOnlyList<ListedUser>> ListAsync(CancellationToken ct);

    /// <summary>Removes the user and with them their token; false when no user has that name.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken ct);
}
