namespace Ledger.Store;

/// <summary>
/// An append-only, hash-chained event journal: reader plus writer. Thread-safe.
/// Dispose it once all reads and appends have finished.
/// </summary>
public interface IEventStore : IEventReader, IEventWriter, IAsyncDisposable;
