using Ledger.Store;
using Ledger.Store.Sqlite;

namespace Ledger.Runtime.Tests.Support;

/// <summary>The two stores the runtime is tested on: in memory, and a SQLite file in the temp folder.</summary>
public enum StoreKind
{
    Memory,
    Sqlite,
}

/// <summary>
/// Stores for one test: fresh ones of a kind, and further instances on the same journal (as another process would
/// open it; the in-memory store can only share itself). Deletes its files when disposed.
/// </summary>
public sealed class TempStores(StoreKind kind) : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ledger-runtime-{Guid.NewGuid():N}.db");
    private readonly List<IEventStore> _opened = [];
    private InMemoryEventStore? _memory;

    public StoreKind Kind => kind;

    /// <summary>The store URI of the SQLite file (null for memory).</summary>
    public string? Uri => kind == StoreKind.Sqlite ? "sqlite:" + _path : null;

    /// <summary>An instance on this test's journal; each call gives another SQLite connection set, or the one memory store.</summary>
    public async Task<IEventStore> OpenAsync(CancellationToken ct)
    {
        if (kind == StoreKind.Memory)
            return _memory ??= Track(new InMemoryEventStore());
        return Track(await SqliteEventStore.OpenAsync(_path, ct));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
            await store.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_path + suffix);
    }

    private T Track<T>(T store)
        where T : IEventStore
    {
        _opened.Add(store);
        return store;
    }
}
