using System.CommandLine;
using Ledger.Application;
using Ledger.Cli.Options;
using Ledger.Composition;
using Ledger.Web.Users;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger user add NAME --role viewer|auditor|planner|admin [--unit UNIT]</c>: adds a user of <c>ledger serve</c>
/// and prints their API token, once, as the only line on standard output. Only the token's SHA-256 is stored.
/// <c>ledger user list</c> shows every user (never a token); <c>ledger user remove NAME</c> takes a user out, and with
/// them their token and open sessions, from the next request on (contract §11).
/// </summary>
public static class UserCommand
{
    public static Command Create() => new("user", "users and API tokens of ledger serve") { Add(), List(), Remove() };

    private static Command Add()
    {
        var store = CommonOptions.Store();
        var name = new Argument<string>("NAME") { Description = "the user's name, recorded as the actor of every write they make" };
        var role = new Option<string>("--role")
        {
            Description = "viewer and auditor read; planner also imports for --unit; admin does everything",
            Required = true,
            HelpName = "ROLE",
        };
        role.AcceptOnlyFromAmong(UserRoles.All.Select(r => r.Name()).ToArray());
        var unit = CommonOptions.Unit(required: false);
        unit.Description = "the one unit a planner imports for, e.g. \"Kecamatan Mangkutana\" (planners only)";
        var command = new Command("add", "add a user and print their API token (shown only this once)") { name, store, role, unit };
        command.SetAction(async (parse, cli, ct) =>
        {
            UserRoles.TryParse(parse.GetValue(role), out var chosen);
            await using var users = await UserDirectory.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var token = await users.AddAsync(parse.GetValue(name)!, chosen, parse.GetValue(unit), ct);
            await cli.Out.WriteLineAsync(token);
            await cli.Error.WriteLineAsync($"user {parse.GetValue(name)!.Trim()} added as {chosen.Name()}; keep the token above, it is not shown again");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var store = CommonOptions.Store();
        var command = new Command("list", "list the users: name, role, unit, when added (never their tokens)") { store };
        command.SetAction(async (parse, cli, ct) =>
        {
            await using var users = await UserDirectory.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            await cli.Out.WriteAsync(UserTable.Render(await users.ListAsync(ct)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var store = CommonOptions.Store();
        var name = new Argument<string>("NAME") { Description = "the user to remove; their token and open sessions stop working at once" };
        var command = new Command("remove", "remove a user: their token and open web sessions stop working at once") { name, store };
        command.SetAction(async (parse, cli, ct) =>
        {
            var who = parse.GetValue(name)!.Trim();
            await using var users = await UserDirectory.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            if (!await users.RemoveAsync(who, ct))
                throw new InputException($"user '{who}' does not exist (ledger user list shows who does)");
            await cli.Out.WriteLineAsync($"ok: user {who} removed; their token and sessions no longer work");
            return ExitCodes.Ok;
        });
        return command;
    }
}
