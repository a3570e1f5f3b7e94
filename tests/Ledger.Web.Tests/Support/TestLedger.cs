using System.Net.Http.Headers;
using Ledger.Store;
using Ledger.Store.Sqlite;
using Ledger.Web.Users;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Ledger.Web.Tests.Support;

/// <summary>
/// A real <c>ledger serve</c> (Kestrel on 127.0.0.1, a free port) over a fresh store: in memory, or a SQLite file in a
/// temporary folder (users in the same file, as <c>ledger user add</c> keeps them). Its clock is fake: "today" is
/// 1 November 2026 unless moved. Every log line is captured.
/// </summary>
public sealed class TestLedger : IAsyncDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 1, 8, 0);

    private readonly List<HttpClient> _clients = [];

    private TestLedger(LedgerWebServer server, IEventStore store, IUserDirectory users, FakeClock clock, LogCapture logs, string folder)
    {
        Server = server;
        Store = store;
        Users = users;
        Clock = clock;
        Logs = logs;
        Folder = folder;
    }

    public LedgerWebServer Server { get; }

    public IEventStore Store { get; }

    public IUserDirectory Users { get; }

    public FakeClock Clock { get; }

    public LogCapture Logs { get; }

    /// <summary>The temporary folder of this ledger (its SQLite file, uploads of the tests).</summary>
    public string Folder { get; }

    public Uri Address => Server.Address;

    /// <summary>The <c>--store</c> URI of the SQLite file, for the CLI writing beside the server.</summary>
    public string StoreUri => "sqlite:" + Path.Combine(Folder, "ledger.db");

    public static async Task<TestLedger> StartAsync(bool sqlite = false, Func<IEventStore, Task>? seed = null)
    {
        var folder = Directory.CreateTempSubdirectory("ledger-web-test-").FullName;
        var path = Path.Combine(folder, "ledger.db");
        IEventStore store = sqlite ? await SqliteEventStore.OpenAsync(path, CancellationToken.None) : new InMemoryEventStore();
        IUserDirectory users = sqlite ? await UserDirectory.OpenAsync("sqlite:" + path, CancellationToken.None) : UserDirectory.InMemory();
        if (seed is not null)
            await seed(store);
        var clock = new FakeClock(Now);
        var logs = new LogCapture();
        var server = await LedgerWebServer.StartAsync(new WebOptions
        {
            Store = store,
            Users = users,
            StoreUri = sqlite ? "sqlite:" + path : "memory:",
            Port = 0,
            Clock = clock,
            Zone = DateTimeZone.Utc,
            LivePollInterval = TimeSpan.FromMilliseconds(50),
            Logging = logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddFilter(null, LogLevel.Trace);
                logging.AddProvider(logs);
            },
        }, CancellationToken.None);
        return new TestLedger(server, store, users, clock, logs, folder);
    }

    /// <summary>Adds a user and returns their token.</summary>
    public Task<string> TokenAsync(string name, UserRole role, string? unit = null) => Users.AddAsync(name, role, unit, CancellationToken.None);

    /// <summary>An HTTP client for this server, with <c>Authorization: Bearer TOKEN</c> when a token is given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the temporary folder is left for the OS.
        }
    }
}
