namespace Ledger.Composition;

/// <summary>How each adapter opens one thing a store keeps (its journal, its users), for <see cref="EventStores"/>' switch.</summary>
/// <param name="Sqlite">Opens it in the file at a path.</param>
/// <param name="Postgres">Opens it in the database a <c>postgres:</c> URI or connection string names.</param>
/// <param name="Memory">Makes a new, empty one for <c>memory:</c>.</param>
internal sealed record StoreAdapters<T>(
    Func<string, CancellationToken, Task<T>> Sqlite,
    Func<string, CancellationToken, Task<T>> Postgres,
    Func<T> Memory);
