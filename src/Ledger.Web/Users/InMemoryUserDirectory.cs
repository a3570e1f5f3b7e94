using System.Collections.Concurrent;
using Ledger.Application;

namespace Ledger.Web.Users;

/// <summary>Users kept in memory, for tests and <c>memory:</c> stores; gone when the process ends. Thread-safe.</summary>
public sealed class InMemoryUserDirectory : IUserDirectory
{
    private sealed record Entry(LedgerUser User, string TokenHash, DateTimeOffset Created);

    private readonly ConcurrentDictionary<string, Entry> _byName = new(StringComparer.Ordinal);

    public Task<string> AddAsync(string name, UserRole role, string? unit, CancellationToken ct)
    {
        var user = NewUser.Validate(name, role, unit);
        var token = ApiTokens.New();
        if (!_byName.TryAdd(user.Name, new Entry(user, Convert.ToHexString(ApiTokens.Hash(token)), DateTimeOffset.UtcNow)))
            throw new InputException($"user '{user.Name}' exists already");
        return Task.FromResult(token);
    }

    public Task<LedgerUser?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken ct)
    {
        var hex = Convert.ToHexString(tokenHash);
        return Task.FromResult(_byName.Values.FirstOrDefault(e => string.Equals(e.TokenHash, hex, StringComparison.Ordinal))?.User);
    }

    public Task<IReadOnlyList<ListedUser>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ListedUser>>(_byName.Values
            .Select(e => new ListedUser(e.User.Name, e.User.Role, e.User.Unit, e.Created))
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .ToList());

    public Task<bool> RemoveAsync(string name, CancellationToken ct) => Task.FromResult(_byName.TryRemove(name.Trim(), out _));
}
