using System.Net;
using Ledger.Application;
using Ledger.Application.Live;
using Ledger.Application.ReadModels;
using Ledger.Composition;
using Ledger.Runtime.Sharding;
using Ledger.Store;
using Ledger.Web.Hosting;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Ledger.Web;

/// <summary>
/// <c>ledger serve</c>: Kestrel serving the web UI and the HTTP API over one store, with a live projection that
/// follows the journal (appends by this server, the CLI or another node). With <see cref="WebOptions.Cluster"/> it is
/// also a node of the write cluster (<see cref="ClusterNode"/>). Start with <see cref="StartAsync"/>; dispose to stop.
/// The store and the users are disposed with the server unless they were handed in (<see cref="WebOptions.Store"/>,
/// <see cref="WebOptions.Users"/>).
/// </summary>
public sealed class LedgerWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LiveProjection _live;
    private readonly IEventStore? _ownedStore;
    private readonly ClusterNode? _cluster;
    private readonly UserDirectory? _ownedUsers;

    private LedgerWebServer(WebApplication app, LiveProjection live, IEventStore? ownedStore, UserDirectory? ownedUsers, ClusterNode? cluster, Uri address)
    {
        _app = app;
        _live = live;
        _ownedStore = ownedStore;
        _ownedUsers = ownedUsers;
        _cluster = cluster;
        Address = address;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <exception cref="StoreUriException">The store URI names no store, or one whose users cannot be kept.</exception>
    public static async Task<LedgerWebServer> StartAsync(WebOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = IPAddress.TryParse(options.ListenAddress, out var parsed)
            ? parsed
            : throw new InputException($"listen address '{options.ListenAddress}' is not an IP address such as 127.0.0.1 or 0.0.0.0");
        var ownedStore = options.Store is null ? await EventStores.OpenAsync(options.StoreUri, ct) : null;
        var store = options.Store ?? ownedStore!;
        LiveProjection? live = null;
        ClusterNode? cluster = null;
        UserDirectory? ownedUsers = null;
        try
        {
            var clock = options.Clock ?? LedgerClock.FromEnvironment();
            if (options.Cluster is { } clusterOptions)
                cluster = await ClusterNode.StartAsync(store, clusterOptions, clock, ct);
            ownedUsers = options.Users is null ? await UserDirectory.OpenAsync(options.StoreUri, ct) : null;
            var users = options.Users ?? ownedUsers!;
            var models = new ReadModelCache(store);
            live = new LiveProjection(store, new HeadPollingSignal(store, options.LivePollInterval), models);
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(LedgerWebServer).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = Environments.Production,
            });
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(address, options.Port);
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = ServiceSetup.MaxRequestBytes;
                kestrel.Limits.MaxConcurrentConnections = 1000;
            });
            ConfigureLogging(builder.Logging, options);
            ServiceSetup.Add(builder.Services, store, users, live, models, clock,
                options.Zone ?? DateTimeZoneProviders.Tzdb.GetSystemDefault(), cluster);
            var app = builder.Build();
            Pipeline.Configure(app);
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException)
            {
                // Kestrel wraps the bind failure in "Failed to bind to address …".
                throw new InputException($"{address}:{options.Port} is in use by another program: stop it, or pick another port with --port");
            }
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LedgerWebServer(app, live, ownedStore, ownedUsers, cluster, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
        }
        catch
        {
            live?.Dispose();
            if (cluster is not null)
                await cluster.DisposeAsync();
            if (ownedUsers is not null)
                await ownedUsers.DisposeAsync();
            if (ownedStore is not null)
                await ownedStore.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the server is asked to stop (or <paramref name="ct"/> is cancelled).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
        // After the last request: leaving the cluster hands this node's unit-years to the others.
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        _live.Dispose();
        if (_ownedUsers is not null)
            await _ownedUsers.DisposeAsync();
        if (_ownedStore is not null)
            await _ownedStore.DisposeAsync();
    }

    private static void ConfigureLogging(ILoggingBuilder logging, WebOptions options)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("System", LogLevel.Warning);
        if (options.Logging is { } configure)
        {
            configure(logging);
            return;
        }
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss ";
            console.UseUtcTimestamp = true;
        });
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
