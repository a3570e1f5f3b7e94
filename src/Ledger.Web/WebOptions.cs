using Ledger.Composition;
using Ledger.Runtime.Hosting;
using Ledger.Store;
using Ledger.Web.Users;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Ledger.Web;

/// <summary>How <c>ledger serve</c> runs: which store, which users, where it listens, which clock stamps writes.</summary>
public sealed record WebOptions
{
    /// <summary>Default port of <c>ledger serve</c>.</summary>
    public const int DefaultPort = 8080;

    /// <summary>The store to open and serve (contract §2), when <see cref="Store"/> is not given.</summary>
    public string StoreUri { get; init; } = EventStores.DefaultUri;

    /// <summary>An open store to serve instead of opening <see cref="StoreUri"/>; the server does not dispose it.</summary>
    public IEventStore? Store { get; init; }

    /// <summary>The users; default: those of <see cref="StoreUri"/> (<see cref="UserDirectory.OpenAsync"/>).</summary>
    public IUserDirectory? Users { get; init; }

    /// <summary>Address to listen on: 127.0.0.1 (default, this machine only), or 0.0.0.0 for the office network.</summary>
    public string ListenAddress { get; init; } = "127.0.0.1";

    /// <summary>Port; 0 picks a free one (see <see cref="LedgerWebServer.Address"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Stamps the recorded instant of imports; also gives "today" for the pages' default date.</summary>
    public IClock? Clock { get; init; }

    /// <summary>The zone whose date is "today" on the pages; default the machine's.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>How often the live projection asks the store for new events (other processes' appends too).</summary>
    public TimeSpan LivePollInterval { get; init; } = HeadPollingSignal.DefaultInterval;

    /// <summary>
    /// Null (default): writes go to this process's own stream actors. Otherwise the server is a node of the write
    /// cluster (<c>ledger serve --cluster</c>): it joins the seed nodes, hosts its share of the unit-years' actors,
    /// sends every write through the shard region, and answers <c>GET /health</c>.
    /// </summary>
    public ClusterOptions? Cluster { get; init; }

    /// <summary>Replaces the default logging (to standard error) when given, e.g. to capture logs in tests.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }
}
