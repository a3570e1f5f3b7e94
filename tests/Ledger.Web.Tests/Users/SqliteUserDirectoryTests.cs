using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ledger.Composition;
using Ledger.Web.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Users;

/// <summary>The directory over a ledger file's users: their own table in the ledger's file, tokens stored only as hashes.</summary>
public sealed class SqliteUserDirectoryTests : UserDirectoryContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-users-").FullName;

    private string DbPath => Path.Combine(_folder, "ledger.db");

    protected override async Task<IUserDirectory> CreateAsync() => await UserDirectory.OpenAsync("sqlite:" + DbPath, CancellationToken.None);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_token_is_never_stored_in_clear_only_its_sha256()
    {
        var users = await CreateAsync();
        var token = await users.AddAsync("ani", UserRole.Admin, null, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_folder))
        {
            var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            Assert.DoesNotContain(token, bytes, StringComparison.Ordinal);
            Assert.DoesNotContain(token[4..20], bytes, StringComparison.Ordinal);
        }
        Assert.Equal(32L, await ScalarAsync("SELECT length(token_sha256) FROM web_users"));
    }

    [Fact]
    public async Task Users_added_to_a_new_file_leave_it_a_ledger_the_journal_opens()
    {
        var users = await CreateAsync();
        await users.AddAsync("ani", UserRole.Viewer, null, CancellationToken.None);
        await using var store = await EventStores.OpenAsync("sqlite:" + DbPath, CancellationToken.None);
        Assert.Empty(await store.ListStreamsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Given_a_file_whose_user_was_added_by_the_web_directory_before_the_store_kept_users_then_their_token_still_signs_in()
    {
        // The file as the previous program left it: the journal's schema, then web_users created by the web's own
        // SQLite directory (its DDL) and a row as it inserted them.
        await (await EventStores.OpenAsync("sqlite:" + DbPath, CancellationToken.None)).DisposeAsync();
        await ScalarAsync("DROP TABLE web_users");
        await ScalarAsync("""
            CREATE TABLE IF NOT EXISTS web_users(
                name         TEXT PRIMARY KEY,
                role         TEXT NOT NULL,
                unit         TEXT NULL,
                token_sha256 BLOB NOT NULL UNIQUE,
                created      TEXT NOT NULL);
            """);
        var token = ApiTokens.New();
        await ScalarAsync("INSERT INTO web_users(name, role, unit, token_sha256, created) VALUES ('ani', 'planner', 'Kecamatan Uji', $hash, $created)",
            ("$hash", ApiTokens.Hash(token)), ("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        await using var server = await LedgerWebServer.StartAsync(
            new WebOptions { StoreUri = "sqlite:" + DbPath, Port = 0, Logging = _ => { } }, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("api/units", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = Assert.Single(await (await UserDirectory.OpenAsync("sqlite:" + DbPath, CancellationToken.None)).ListAsync(CancellationToken.None));
        Assert.Equal(("ani", UserRole.Planner, "Kecamatan Uji"), (listed.Name, listed.Role, listed.Unit));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_named_without_its_password()
    {
        // Nothing listens on port 9 of loopback: the PostgreSQL directory cannot open its ledger.
        var e = await Assert.ThrowsAsync<StoreUriException>(() => UserDirectory.OpenAsync("postgres://u:secret@127.0.0.1:9/db", CancellationToken.None));
        Assert.Contains("cannot open the PostgreSQL store", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreUriException>(() => UserDirectory.OpenAsync("ftp://example/db", CancellationToken.None));
    }

    private async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return await command.ExecuteScalarAsync(CancellationToken.None);
    }
}
