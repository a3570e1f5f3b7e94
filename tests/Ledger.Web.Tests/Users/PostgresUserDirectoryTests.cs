using Ledger.Testing;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Users;

/// <summary>The directory over a PostgreSQL ledger's users: their own table in the ledger's schema, tokens stored only as hashes.</summary>
public sealed class PostgresUserDirectoryTests : UserDirectoryContract, IAsyncLifetime
{
    private readonly List<UserDirectory> _opened = [];
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
        var directory = await UserDirectory.OpenAsync(TestServer.StoreUri(_schema), CancellationToken.None);
        _opened.Add(directory);
        return directory;
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

    [Fact]
    public async Task Given_a_user_added_by_the_web_directory_before_the_store_kept_users_then_their_token_finds_them()
    {
        var users = await CreateAsync();
        var token = ApiTokens.New();
        // A row as the web's own PostgreSQL directory inserted them: created left to the table's default.
        await TestServer.ScalarAsync(TestServer.ConnectionStringFor(_schema),
            "INSERT INTO web_users(name, role, unit, token_sha256) VALUES ('ani', 'planner', 'Kecamatan Uji', $1) RETURNING 1",
            TestContext.Current.CancellationToken, ApiTokens.Hash(token));

        Assert.Equal(new LedgerUser("ani", UserRole.Planner, "Kecamatan Uji"), await users.FindByTokenHashAsync(ApiTokens.Hash(token), TestContext.Current.CancellationToken));
        Assert.InRange(Assert.Single(await users.ListAsync(TestContext.Current.CancellationToken)).Created,
            DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
