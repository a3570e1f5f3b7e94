using Ledger.Application;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Users;

/// <summary>What every <see cref="IUserDirectory"/> does; run against the in-memory and the SQLite one.</summary>
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
    protected override Task<IUserDirectory> CreateAsync() => Task.FromResult<IUserDirectory>(new InMemoryUserDirectory());
}
