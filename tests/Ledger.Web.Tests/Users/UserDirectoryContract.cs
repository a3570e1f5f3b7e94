using Ledger.Application;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Users;

/// <summary>What the <see cref="IUserDirectory"/> does over each store's users (memory, SQLite, PostgreSQL).</summary>
public abstract class UserDirectoryContract
{
    protected abstract Task<IUserDirectory> CreateAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_is_found_by_the_hash_of_the_token_given_when_added()
    {
        var users = await CreateAsync();
        var token = await users.AddAsync(" ani ", UserRole.Planner, " Kecamatan Uji ", Ct);
        Assert.Equal(new LedgerUser("ani", UserRole.Planner, "Kecamatan Uji"), await users.FindByTokenHashAsync(ApiTokens.Hash(token), Ct));
        Assert.Null(await users.FindByTokenHashAsync(ApiTokens.Hash(token + "x"), Ct));
    }

    [Fact]
    public async Task A_name_is_taken_once()
    {
        var users = await CreateAsync();
        await users.AddAsync("ani", UserRole.Viewer, null, Ct);
        var e = await Assert.ThrowsAsync<InputException>(() => users.AddAsync("ani", UserRole.Admin, null, Ct));
        Assert.Equal("user 'ani' exists already", e.Message);
    }

    [Theory]
    [InlineData("ani", UserRole.Planner, null, "a planner writes for one unit")]
    [InlineData("ani", UserRole.Viewer, "Kecamatan Uji", "--unit is for planners")]
    [InlineData("", UserRole.Admin, null, "must be 1 to 100 printable characters")]
    [InlineData("ani", UserRole.Planner, "Kecamatan/Uji", "may not contain '/'")]
    public async Task Roles_and_units_must_fit(string name, UserRole role, string? unit, string error)
    {
        var users = await CreateAsync();
        var e = await Assert.ThrowsAsync<InputException>(() => users.AddAsync(name, role, unit, Ct));
        Assert.Contains(error, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_user_is_found_by_their_token_no_more()
    {
        var users = await CreateAsync();
        var token = await users.AddAsync("ani", UserRole.Admin, null, Ct);
        var kept = await users.AddAsync("budi", UserRole.Viewer, null, Ct);

        Assert.True(await users.RemoveAsync(" ani ", Ct));

        Assert.Null(await users.FindByTokenHashAsync(ApiTokens.Hash(token), Ct));
        Assert.Equal(new LedgerUser("budi", UserRole.Viewer, null), await users.FindByTokenHashAsync(ApiTokens.Hash(kept), Ct));
        Assert.Equal(["budi"], (await users.ListAsync(Ct)).Select(u => u.Name));
    }

    [Fact]
    public async Task Removing_a_name_nobody_has_removes_nothing()
    {
        var users = await CreateAsync();
        await users.AddAsync("ani", UserRole.Admin, null, Ct);
        Assert.False(await users.RemoveAsync("budi", Ct));
        Assert.Single(await users.ListAsync(Ct));
    }

    [Fact]
    public async Task A_removed_name_can_be_added_again_with_a_new_token_and_the_old_one_stays_dead()
    {
        var users = await CreateAsync();
        var old = await users.AddAsync("ani", UserRole.Planner, "Kecamatan Uji", Ct);
        await users.RemoveAsync("ani", Ct);
        var renewed = await users.AddAsync("ani", UserRole.Viewer, null, Ct);

        Assert.Null(await users.FindByTokenHashAsync(ApiTokens.Hash(old), Ct));
        Assert.Equal(new LedgerUser("ani", UserRole.Viewer, null), await users.FindByTokenHashAsync(ApiTokens.Hash(renewed), Ct));
    }

    [Fact]
    public async Task Users_are_listed_by_name_with_role_unit_and_when_added()
    {
        var users = await CreateAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await users.AddAsync("budi", UserRole.Planner, "Kecamatan Uji", Ct);
        await users.AddAsync("ani", UserRole.Admin, null, Ct);

        var listed = await users.ListAsync(Ct);

        Assert.Equal(["ani", "budi"], listed.Select(u => u.Name));
        Assert.Equal((UserRole.Admin, (string?)null), (listed[0].Role, listed[0].Unit));
        Assert.Equal((UserRole.Planner, "Kecamatan Uji"), (listed[1].Role, listed[1].Unit));
        Assert.All(listed, u => Assert.InRange(u.Created, before, DateTimeOffset.UtcNow.AddSeconds(5)));
    }

    [Fact]
    public void Planners_write_only_their_unit_admins_everything_readers_nothing()
    {
        var planner = new LedgerUser("ani", UserRole.Planner, "Kecamatan Uji");
        Assert.True(planner.CanWrite("Kecamatan Uji"));
        Assert.False(planner.CanWrite("Kecamatan Lain"));
        Assert.True(new LedgerUser("root", UserRole.Admin, null).CanWrite("Kecamatan Lain"));
        Assert.False(new LedgerUser("vera", UserRole.Viewer, null).CanWrite("Kecamatan Uji"));
        Assert.False(new LedgerUser("audi", UserRole.Auditor, null).CanWrite("Kecamatan Uji"));
    }
}

public sealed class InMemoryUserDirectoryTests : UserDirectoryContract
{
    protected override Task<IUserDirectory> CreateAsync() => Task.FromResult<IUserDirectory>(UserDirectory.InMemory());
}
