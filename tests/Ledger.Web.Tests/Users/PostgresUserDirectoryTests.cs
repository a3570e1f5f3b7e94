using Ledger.Testing;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Users;

/// <summary>The PostgreSQL directory: its own table in the ledger's schema, tokens stored only as hashes.</summary>
public sealed class PostgresUserDirectoryTests : UserDirectoryContract, IAsyncLifetime
{
    private readonly List<PostgresUserDirectory> _opened = [];
    private string _schema = "";

    public async ValueTask InitializeAsync() => _schema = await TestServer.CreateSchemaAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var directory in _opened)
            await directory.DisposeAsync();
        await TestServer.DropSchemaAsync(_schema);
    }

    protected override async Task<IUserDirectory> CreateAsync()
    {
        var directory = await PostgresUserDirectory.OpenAsync(TestServer.StoreUri(_schema), CancellationToken.None);
        _opened.Add(directory);
        return directory;
    }

    [Fact]
    public async Task A_role_changed_in_the_table_is_what_the_next_lookup_finds()
    {
        var users = await CreateAsync();
        var token = await users.AddAsync("ani", UserRole.Planner, "Kecamatan Uji", TestContext.Current.CancellationToken);
        await TestServer.ScalarAsync(TestServer.ConnectionStringFor(_schema),
            "UPDATE web_users SET role = 'viewer', unit = NULL WHERE name = $1 RETURNING 1", TestContext.Current.CancellationToken, "ani");
        Assert.Equal(new LedgerUser("ani", UserRole.Viewer, null), await users.FindByTokenHashAsync(ApiTokens.Hash(token), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_token_is_never_stored_in_clear_only_its_sha256()
    {
        var users = await CreateAsync();
        var token = await users.AddAsync("ani", UserRole.Admin, null, TestContext.Current.CancellationToken);

        var clear = await TestServer.ScalarAsync(TestServer.ConnectionStringFor(_schema),
            "SELECT count(*) FROM web_users WHERE position(convert_to($1, 'UTF8') in token_sha256) > 0 OR name = $1",
            TestContext.Current.CancellationToken, token);
        var length = await TestServer.ScalarAsync(TestServer.ConnectionStringFor(_schema),
            "SELECT length(token_sha256) FROM web_users", TestContext.Current.CancellationToken);

        Assert.Equal(0L, clear);
        Assert.Equal(32, length);
    }
}
