using Ledger.Cli;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Cli;

/// <summary><c>ledger user add NAME --role … [--unit …]</c> (contract §3): prints the token once; exit codes as every command.</summary>
public sealed class UserCommandTests : IDisposable
{
    private readonly CliScratch _scratch = new("ledger-user-cli-");

    public void Dispose() => _scratch.Dispose();

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => _scratch.RunAsync(args);

    [Fact]
    public async Task Adding_a_planner_prints_only_the_token_which_then_finds_the_user()
    {
        var (exit, output, error) = await RunAsync("user", "add", "ani", "--role", "planner", "--unit", "Kecamatan Mangkutana");
        Assert.True(exit == 0, error);
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ldg_", token, StringComparison.Ordinal);
        Assert.Contains("not shown again", error, StringComparison.Ordinal);
        await using var users = await UserDirectory.OpenAsync("sqlite:" + _scratch.DatabasePath, CancellationToken.None);
        Assert.Equal(new LedgerUser("ani", UserRole.Planner, "Kecamatan Mangkutana"), await users.FindByTokenHashAsync(ApiTokens.Hash(token), CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_role_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("user", "add", "ani", "--role", "boss");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("boss", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_name_or_a_planner_without_unit_is_bad_input_with_one_error_line()
    {
        Assert.Equal(0, (await RunAsync("user", "add", "ani", "--role", "viewer")).Exit);
        var (exit, output, error) = await RunAsync("user", "add", "ani", "--role", "admin");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Equal("error: user 'ani' exists already", error.Trim());
        Assert.Equal("error: a planner writes for one unit: give --unit UNIT", (await RunAsync("user", "add", "budi", "--role", "planner")).Error.Trim());
    }

    [Fact]
    public async Task Listing_shows_name_role_unit_and_when_added_and_never_a_token()
    {
        var token = (await RunAsync("user", "add", "budi", "--role", "planner", "--unit", "Kecamatan Mangkutana")).Out.Trim();
        await RunAsync("user", "add", "ani", "--role", "admin");

        var (exit, output, error) = await RunAsync("user", "list");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^name +role +unit +created$", lines[0]);
        Assert.Matches(@"^ani +admin +- +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", lines[1]);
        Assert.Matches(@"^budi +planner +Kecamatan Mangkutana +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", lines[2]);
        Assert.DoesNotContain(token[4..], output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_user_makes_their_token_find_nobody()
    {
        var token = (await RunAsync("user", "add", "ani", "--role", "admin")).Out.Trim();

        var (exit, output, error) = await RunAsync("user", "remove", "ani");

        Assert.True(exit == 0, error);
        Assert.Equal("ok: user ani removed; their token and sessions no longer work", output.Trim());
        await using var users = await UserDirectory.OpenAsync("sqlite:" + _scratch.DatabasePath, CancellationToken.None);
        Assert.Null(await users.FindByTokenHashAsync(ApiTokens.Hash(token), CancellationToken.None));
        Assert.Equal("name  role  unit  created", (await RunAsync("user", "list")).Out.Trim());
    }

    [Fact]
    public async Task Removing_an_unknown_name_is_bad_input_with_one_error_line()
    {
        var (exit, output, error) = await RunAsync("user", "remove", "nobody");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Equal("error: user 'nobody' does not exist (ledger user list shows who does)", error.Trim());
    }
}
