using Ledger.Store;
using Ledger.Store.Postgres;
using Ledger.Store.Sqlite;
using Npgsql;

namespace Ledger.Composition;

/// <summary>
/// Opens the store a URI names (contract §2): <c>sqlite:PATH</c> (the embedded default),
/// <c>postgres://…</c> (the server store), or <c>memory:</c> (tests only; gone when the process ends).
/// </summary>
public static class EventStores
{
    public const string EnvironmentVariable = "LEDGER_STORE";
    public const string DefaultUri = "sqlite:ledger.db";

    private static readonly StoreAdapters<IEventStore> Journals = new(
        async (path, ct) => await SqliteEventStore.OpenAsync(path, ct),
        async (uri, ct) => await PostgresEventStore.OpenAsync(uri, ct),
        () => new InMemoryEventStore());

    /// <summary>The URI given, else <c>LEDGER_STORE</c>, else <c>sqlite:ledger.db</c> in the working directory.</summary>
    public static string Resolve(string? uri) =>
        !string.IsNullOrWhiteSpace(uri) ? uri
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultUri;

    /// <exception cref="StoreUriException">The URI names no store this ledger can open, or the store refuses to open
    /// (a newer schema version, a database that is not a ledger).</exception>
    public static Task<IEventStore> OpenAsync(string uri, CancellationToken ct) => OpenAsync(uri, Journals, ct);

    /// <summary>
    /// The one switch from a store URI to an adapter, shared by everything a store keeps (the journal, its users), so
    /// that each is opened from the same text with the same errors.
    /// </summary>
    /// <exception cref="StoreUriException">As <see cref="OpenAsync(string, CancellationToken)"/>.</exception>
    internal static async Task<T> OpenAsync<T>(string uri, StoreAdapters<T> adapters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uri);
        try
        {
            return await OpenKnownAsync(uri, adapters, ct);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            throw new StoreUriException($"store '{Redact(uri)}': {e.Message}");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUriException($"store '{Redact(uri)}' cannot be opened: {e.Message}");
        }
    }

    private static async Task<T> OpenKnownAsync<T>(string uri, StoreAdapters<T> adapters, CancellationToken ct)
    {
        if (uri.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = uri["sqlite:".Length..];
            if (path.Length == 0)
                throw new StoreUriException($"store '{uri}' names no file: write sqlite:PATH");
            return await adapters.Sqlite(path, ct);
        }
        if (uri.Equals("memory:", StringComparison.OrdinalIgnoreCase))
            return adapters.Memory();
        if (uri.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase)
            || uri.StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return await adapters.Postgres(uri, ct);
            }
            catch (ArgumentException e)
            {
                throw new StoreUriException($"store '{Redact(uri)}': {e.Message}");
            }
            catch (NpgsqlException e)
            {
                throw new StoreUriException($"store '{Redact(uri)}': cannot open the PostgreSQL store: {e.Message} (scripts/pg-up starts a local one)");
            }
        }
        throw new StoreUriException($"store '{Redact(uri)}' is not a store URI: use sqlite:PATH or postgres://user:pass@host:port/db");
    }

    /// <summary>Hides a password in a URI or connection string before it is printed.</summary>
    public static string Redact(string uri)
    {
        if (!uri.Contains("://", StringComparison.Ordinal) && uri.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return "postgres:" + PostgresConnectionString.Describe(uri);
            }
            catch (ArgumentException)
            {
                return "postgres:(unreadable connection string)";
            }
        }
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0)
            return uri;
        var colon = uri.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }
}
