using System.CommandLine;
using Ledger.Application.Stores;
using Ledger.Cli.Options;
using Ledger.Web.Users;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger user add NAME --role viewer|auditor|planner|admin [--unit UNIT]</c>: adds a user of <c>ledger serve</c>
/// and prints their API token, once, as the only line on standard output. Only the token's SHA-256 is stored.
/// </summary>
public static class UserCommand
{
    public static Command Create() => new("user", "users and API tokens of ledger serve") { Add() };

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
            var users = await UserDirectories.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var token = await users.AddAsync(parse.GetValue(name)!, chosen, parse.GetValue(unit), ct);
            await cli.Out.WriteLineAsync(token);
            await cli.Error.WriteLineAsync($"user {parse.GetValue(name)!.Trim()} added as {chosen.Name()}; keep the token above, it is not shown again");
            return ExitCodes.Ok;
        });
        return command;
    }
}
