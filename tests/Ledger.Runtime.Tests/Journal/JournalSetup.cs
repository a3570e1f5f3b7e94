using Ledger.Runtime.Journal;
using Ledger.Store;
using Ledger.Store.Sqlite;

namespace Ledger.Runtime.Tests.Journal;

/// <summary>
/// The store a journal test's actor systems write to, named by the URI in their config, and a way for the test to
/// use the same journal directly: the registered in-memory store itself, or another instance on the SQLite file
/// (as another process would open it; the plugin writes through the instance registered for it, as the runtime's is).
/// </summary>
public abstract class JournalSetup : IDisposable
{
    public abstract string Uri { get; }

    /// <summary>Runs <paramref name="use"/> with a store on this test's journal.</summary>
    public abstract Task<T> WithStoreAsync<T>(Func<IEventStore, Task<T>> use, CancellationToken ct);

    public abstract void Dispose();

    public static JournalSetup Memory() => new MemorySetup();

    public static JournalSetup Sqlite() => new SqliteSetup();

    private sealed class MemorySetup : JournalSetup
    {
        private readonly InMemoryEventStore _store = new();
        private readonly JournalStores.Registration _registration;

        public MemorySetup() => _registration = JournalStores.Register(_store);

        public override string Uri => _registration.Uri;

        public override Task<T> WithStoreAsync<T>(Func<IEventStore, Task<T>> use, CancellationToken ct) => use(_store);

        public override void Dispose() => _registration.Dispose();
    }

    private sealed class SqliteSetup : JournalSetup
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"ledger-journal-{Guid.NewGuid():N}.db");
        private readonly IEventStore _store;
        private readonly JournalStores.Registration _registration;

        public SqliteSetup()
        {
            // The test's constructor cannot await; opening a new SQLite file completes at once.
            _store = SqliteEventStore.OpenAsync(_path, CancellationToken.None).GetAwaiter().GetResult();
            _registration = JournalStores.Register(_store);
        }

        public override string Uri => _registration.Uri;

        public override async Task<T> WithStoreAsync<T>(Func<IEventStore, Task<T>> use, CancellationToken ct)
        {
            await using var store = await SqliteEventStore.OpenAsync(_path, ct);
            return await use(store);
        }

        public override void Dispose()
        {
            _registration.Dispose();
            _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                File.Delete(_path + suffix);
        }
    }
}
