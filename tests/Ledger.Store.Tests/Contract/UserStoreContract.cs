using System.Security.Cryptography;
using System.Text;

namespace Ledger.Store.Tests;

/// <summary>
/// What every <see cref="IUserStore"/> does (the users table beside the journal). Each store's test class derives from
/// this and supplies a fresh, empty ledger per test.
/// </summary>
public abstract class UserStoreContract : IAsyncLifetime
{
    private readonly List<IUserStore> _opened = [];

    protected IUserStore Users { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The users of a new, empty ledger for one test.</summary>
    protected abstract Task<IUserStore> CreateAsync(CancellationToken ct);

    /// <summary>Another instance on the same ledger, as another process (the CLI beside the server) would open it.</summary>
    protected abstract Task<IUserStore> OpenAnotherAsync(CancellationToken ct);

    /// <summary>Runs after every instance is disposed, e.g. to delete files.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    public async ValueTask InitializeAsync() => Users = await CreateAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var users in _opened)
            await users.DisposeAsync();
        if (Users is not null)
            await Users.DisposeAsync();
        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    protected async Task<IUserStore> AnotherAsync()
    {
        var users = await OpenAnotherAsync(Ct);
        if (!ReferenceEquals(users, Users))
            _opened.Add(users);
        return users;
    }

    protected static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A row as added: created now, to the second (every store keeps at least microseconds).</summary>
    protected static StoredUser Row(string name, string role = "viewer", string? unit = null) =>
        new(name, role, unit, DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    [Fact]
    public async Task Given_a_user_added_with_a_token_hash_when_that_hash_is_looked_up_then_the_row_comes_back_as_added()
    {
        var ani = Row("ani", "planner", "Kecamatan Uji");
        var budi = Row("budi", "admin");

        Assert.True(await Users.TryAddAsync(ani, Hash("ldg_ani"), Ct));
        Assert.True(await Users.TryAddAsync(budi, Hash("ldg_budi"), Ct));

        Assert.Equal(ani, await Users.FindByTokenHashAsync(Hash("ldg_ani"), Ct));
        Assert.Equal(budi, await Users.FindByTokenHashAsync(Hash("ldg_budi"), Ct));
        Assert.Null(await Users.FindByTokenHashAsync(Hash("ldg_nobody"), Ct));
    }

    [Fact]
    public async Task Given_a_name_taken_when_added_again_then_nothing_is_stored_and_the_first_token_still_holds()
    {
        await Users.TryAddAsync(Row("ani", "viewer"), Hash("ldg_first"), Ct);

        Assert.False(await Users.TryAddAsync(Row("ani", "admin"), Hash("ldg_second"), Ct));

        Assert.Equal("viewer", (await Users.FindByTokenHashAsync(Hash("ldg_first"), Ct))?.Role);
        Assert.Null(await Users.FindByTokenHashAsync(Hash("ldg_second"), Ct));
        Assert.Single(await Users.ListAsync(Ct));
    }

    [Fact]
    public async Task Given_a_token_hash_taken_when_another_user_is_added_with_it_then_nothing_is_stored()
    {
        await Users.TryAddAsync(Row("ani"), Hash("ldg_same"), Ct);

        Assert.False(await Users.TryAddAsync(Row("budi"), Hash("ldg_same"), Ct));

        Assert.Equal(["ani"], (await Users.ListAsync(Ct)).Select(u => u.Name));
    }

    [Fact]
    public async Task Users_are_listed_by_name_in_ordinal_order()
    {
        foreach (var name in new[] { "budi", "Ébé", "ani", "Ani" })
            await Users.TryAddAsync(Row(name), Hash("ldg_" + name), Ct);

        Assert.Equal(["Ani", "ani", "budi", "Ébé"], (await Users.ListAsync(Ct)).Select(u => u.Name));
    }

    [Fact]
    public async Task Given_a_removed_user_then_their_token_hash_finds_nobody_and_the_others_stay()
    {
        await Users.TryAddAsync(Row("ani"), Hash("ldg_ani"), Ct);
        await Users.TryAddAsync(Row("budi"), Hash("ldg_budi"), Ct);

        Assert.True(await Users.RemoveAsync("ani", Ct));
        Assert.False(await Users.RemoveAsync("ani", Ct));

        Assert.Null(await Users.FindByTokenHashAsync(Hash("ldg_ani"), Ct));
        Assert.Equal(["budi"], (await Users.ListAsync(Ct)).Select(u => u.Name));
    }

    [Fact]
    public async Task A_removed_name_can_be_added_again_with_a_new_token_and_the_old_one_stays_dead()
    {
        await Users.TryAddAsync(Row("ani", "planner", "Kecamatan Uji"), Hash("ldg_old"), Ct);
        await Users.RemoveAsync("ani", Ct);

        Assert.True(await Users.TryAddAsync(Row("ani", "viewer"), Hash("ldg_new"), Ct));

        Assert.Null(await Users.FindByTokenHashAsync(Hash("ldg_old"), Ct));
        Assert.Equal("viewer", (await Users.FindByTokenHashAsync(Hash("ldg_new"), Ct))?.Role);
    }

    [Fact]
    public async Task Given_a_user_added_by_one_instance_then_another_on_the_same_ledger_finds_them_and_may_remove_them()
    {
        var other = await AnotherAsync();

        await Users.TryAddAsync(Row("ani", "admin"), Hash("ldg_ani"), Ct);

        Assert.Equal("ani", (await other.FindByTokenHashAsync(Hash("ldg_ani"), Ct))?.Name);
        Assert.True(await other.RemoveAsync("ani", Ct));
        Assert.Null(await Users.FindByTokenHashAsync(Hash("ldg_ani"), Ct));
    }
}
