using System.Collections.Concurrent;
using Ledger.Store;

namespace Ledger.Runtime.Journal;

/// <summary>
/// Stores handed to the journal plugin by the process rather than opened by it: an in-memory store a test
/// shares with its assertions, or the store <see cref="Hosting.LedgerRuntime"/> opened before starting its
/// actor system. A registered store is named by a <c>registered:…</c> URI put in the plugin's
/// <c>store-uri</c>; the plugin uses it and never disposes it. Thread-safe.
/// </summary>
public static class JournalStores
{
    public const string Scheme = "registered:";

    private static readonly ConcurrentDictionary<string, IEventStore> Registered = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="store"/> under a fresh URI until the returned handle is disposed.</summary>
    public static Registration Register(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var uri = Scheme + Guid.NewGuid().ToString("N");
        Registered[uri] = store;
        return new Registration(uri);
    }

    /// <summary>The store registered under <paramref name="uri"/>, if any.</summary>
    public static bool TryGet(string uri, out IEventStore store) => Registered.TryGetValue(uri, out store!);

    /// <summary>Keeps a store registered while it lives; <see cref="Uri"/> goes into the plugin's <c>store-uri</c>.</summary>
    public sealed class Registration : IDisposable
    {
        internal Registration(string uri) => Uri = uri;

        public string Uri { get; }

        public void Dispose() => Registered.TryRemove(Uri, out _);
    }
}
