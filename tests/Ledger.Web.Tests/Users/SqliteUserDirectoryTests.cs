using System.Text;
using Ledger.Composition;
using Ledger.Web.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Users;

/// <summary>The SQLite directory: its own table in the ledger's file, tokens stored only as hashes.</summary>
public sealed class SqliteUserDirectoryTests : UserDirectoryContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-users-").FullName;

    private string DbPath => Path.Combine(_folder, "ledger.db");

    protected override async Task<IUserDirectory> CreateAsync() => await SqliteUserDirectory.OpenAsync(DbPath, CancellationToken.None);

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
        await using var connection = new SqliteConnection($"Data Source={DbPath}");
        await connection.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(token_sha256) FROM web_users";
        Assert.Equal(32L, await command.ExecuteScalarAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_role_changed_in_the_table_is_what_the_next_lookup_finds()
    {
        var users = await CreateAsync();
        var token = await users.AddAsync("ani", UserRole.Planner, "Kecamatan Uji", CancellationToken.None);
        await using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            await connection.OpenAsync(CancellationToken.None);
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE web_users SET role = 'viewer', unit = NULL WHERE name = 'ani'";
            await update.ExecuteNonQueryAsync(CancellationToken.None);
        }
        Assert.Equal(new LedgerUser("ani", UserRole.Viewer, null), await users.FindByTokenHashAsync(ApiTokens.Hash(token), CancellationToken.None));
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
    public async Task A_store_that_cannot_be_opened_is_named_without_its_password()
    {
        // Nothing listens on port 9 of loopback: the PostgreSQL directory cannot open its ledger.
        var e = await Assert.ThrowsAsync<StoreUriException>(() => UserDirectories.OpenAsync("postgres://u:secret@127.0.0.1:9/db", CancellationToken.None));
        Assert.Contains("cannot open the PostgreSQL store", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreUriException>(() => UserDirectories.OpenAsync("ftp://example/db", CancellationToken.None));
    }
}
