using System.Collections.Concurrent;
using Ledger.Application;

namespace Ledger.Web.Users;

/// <summary>Users kept in memory, for tests and <c>memory:</c> stores; gone when the process ends. Thread-safe.</summary>
public sealed class InMemoryUserDirectory : IUserDirectory
{
    private readonly ConcurrentDictionary<string, LedgerUser> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LedgerUser> _byHash = new(StringComparer.Ordinal);

    public Task<string> AddAsync(string name, UserRole role, string? unit, CancellationToken ct)
    {
        var user = NewUser.Validate(name, role, unit);
        if (!_byName.TryAdd(user.Name, user))
            throw new InputException($"user '{user.Name}' exists already");
        var token = ApiTokens.New();
        _byHash[Convert.ToHexString(ApiTokens.Hash(token))] = user;
        return Task.FromResult(token);
    }

    public Task<LedgerUser?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken ct) =>
        Task.FromResult(_byHash.GetValueOrDefault(Convert.ToHexString(tokenHash)));
}
