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
    private readonly ServerResources _resources;

    private LedgerWebServer(WebApplication app, ServerResources resources, Uri address)
    {
        _app = app;
        _resources = resources;
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
        var resources = new ServerResources();
        try
        {
            var store = options.Store ?? (resources.OwnedStore = await EventStores.OpenAsync(options.StoreUri, ct));
            var clock = options.Clock ?? LedgerClock.FromEnvironment();
            if (options.Cluster is { } clusterOptions)
                resources.Cluster = await ClusterNode.StartAsync(store, clusterOptions, clock, ct);
            var users = options.Users ?? (resources.OwnedUsers = await UserDirectory.OpenAsync(options.StoreUri, ct));
            var models = new ReadModelCache(store);
            var live = resources.Live = new LiveProjection(store, new HeadPollingSignal(store, options.LivePollInterval), models);
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
                options.Zone ?? DateTimeZoneProviders.Tzdb.GetSystemDefault(), resources.Cluster);
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
            return new LedgerWebServer(app, resources, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
        }
        catch
        {
            await resources.DisposeAsync();
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
        await _resources.DisposeAsync();
    }

    private static void ConfigureLogging(ILoggingBuilder logging, WebOptions options)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("System", LogLevel.Warning);
        // A host that fails to start throws; the CLI says why in one line, so the host's own log of it would repeat it.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
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
