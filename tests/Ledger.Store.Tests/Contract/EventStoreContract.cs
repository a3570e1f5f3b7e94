namespace Ledger.Store.Tests;

/// <summary>
/// The behaviour every <see cref="IEventStore"/> must have. Each store's test class derives from this
/// and supplies a fresh, empty store per test; store-specific set-up lives in the virtual hooks.
/// </summary>
public abstract partial class EventStoreContract : IAsyncLifetime
{
    protected IEventStore Store { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store for one test.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync(CancellationToken ct);

    /// <summary>
    /// The store writer number <paramref name="writer"/> uses in concurrency tests. Default: the shared
    /// <see cref="Store"/>; durable stores return another instance on the same journal, as another process would.
    /// Instances other than <see cref="Store"/> are disposed by the test.
    /// </summary>
    protected virtual Task<IEventStore> OpenWriterAsync(int writer, CancellationToken ct) => Task.FromResult(Store);

    /// <summary>Runs after the store is disposed, e.g. to delete files.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        if (Store is not null)
            await Store.DisposeAsync();
        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    protected static StreamName Stream(string unit = "Dinas Pendidikan", int year = 2025) => TestEvents.Stream(unit, year);

    protected Task<List<StoredEvent>> ReadAllAsync(GlobalPosition after) => JournalSnapshot.ReadAllAsync(Store, after, Ct);

    protected Task<List<StoredEvent>> ReadStreamAsync(StreamName stream, long from = 0) =>
        JournalSnapshot.ReadStreamAsync(Store, stream, from, Ct);

    protected Task<string> DigestAsync() => JournalSnapshot.DigestAsync(Store, Ct);
}
