namespace Ledger.Store;

/// <summary>Users held in process memory, for tests and <c>memory:</c> stores; gone when the process ends. Thread-safe.</summary>
public sealed class InMemoryUserStore : IUserStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (StoredUser User, byte[] TokenSha256)> _byName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<bool> TryAddAsync(StoredUser user, byte[] tokenSha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(tokenSha256);
        lock (_gate)
        {
            if (_byName.ContainsKey(user.Name) || _byName.Values.Any(e => e.TokenSha256.AsSpan().SequenceEqual(tokenSha256)))
                return Task.FromResult(false);
            _byName.Add(user.Name, (user, tokenSha256.ToArray()));
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<StoredUser?> FindByTokenHashAsync(byte[] tokenSha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tokenSha256);
        lock (_gate)
        {
            foreach (var (user, hash) in _byName.Values)
            {
                if (hash.AsSpan().SequenceEqual(tokenSha256))
                    return Task.FromResult<StoredUser?>(user);
            }
            return Task.FromResult<StoredUser?>(null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredUser>> ListAsync(CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<StoredUser>>(_byName.Values.Select(e => e.User).OrderBy(u => u.Name, StringComparer.Ordinal).ToList());
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        lock (_gate)
            return Task.FromResult(_byName.Remove(name));
    }

    /// <summary>Nothing to release.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
