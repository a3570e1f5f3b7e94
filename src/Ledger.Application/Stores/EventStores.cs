using Ledger.Store;
using Ledger.Store.Sqlite;

namespace Ledger.Application.Stores;

/// <summary>
/// Opens the store a URI names (contract §2): <c>sqlite:PATH</c> (the embedded default),
/// <c>postgres://…</c> (the server store), or <c>memory:</c> (tests only; gone when the process ends).
/// </summary>
public static class EventStores
{
    public const string EnvironmentVariable = "LEDGER_STORE";
    public const string DefaultUri = "sqlite:ledger.db";

    /// <summary>The URI given, else <c>LEDGER_STORE</c>, else <c>sqlite:ledger.db</c> in the working directory.</summary>
    public static string Resolve(string? uri) =>
        !string.IsNullOrWhiteSpace(uri) ? uri
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultUri;

    /// <exception cref="StoreUriException">The URI names no store this ledger can open.</exception>
    public static async Task<IEventStore> OpenAsync(string uri, CancellationToken ct)
    {
        if (uri.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = uri["sqlite:".Length..];
            if (path.Length == 0)
                throw new StoreUriException($"store '{uri}' names no file: write sqlite:PATH");
            return await SqliteEventStore.OpenAsync(path, ct);
        }
        if (uri.Equals("memory:", StringComparison.OrdinalIgnoreCase))
            return new InMemoryEventStore();
        if (uri.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase)
            || uri.StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreUriException($"store '{Redact(uri)}': the PostgreSQL store is not in this build yet; use sqlite:PATH");
        }
        throw new StoreUriException($"store '{Redact(uri)}' is not a store URI: use sqlite:PATH or postgres://user:pass@host:port/db");
    }

    /// <summary>Hides a password in a URI before it is printed.</summary>
    public static string Redact(string uri)
    {
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0)
            return uri;
        var colon = uri.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }
}

/// <summary>A store URI that names no store this ledger can open.</summary>
public sealed class StoreUriException(string message) : Exception(message);
