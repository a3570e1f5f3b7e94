using System.CommandLine;
using Ledger.Application.Maintenance;
using Ledger.Application.Stores;
using Ledger.Cli.Options;
using Ledger.Cli.Output;

namespace Ledger.Cli.Commands;

/// <summary><c>ledger verify</c>: re-reads the whole journal and checks its hash chain; exit 1 naming the first bad position.</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var command = new Command("verify", "check that no stored byte of the journal was changed (hash chain)") { store };
        command.SetAction(async (parse, cli, ct) =>
        {
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            using var progress = new ConsoleProgress(cli.Error, "verifying", total: null);
            var result = await Verify.RunAsync(events, progress, ct);
            progress.Done();
            if (!result.IsIntact)
                return await cli.FailAsync($"journal tampered at position {result.FirstBadPosition}: {result.Problem}", ExitCodes.BadInput);
            await cli.Out.WriteLineAsync($"ok: {result.EventsChecked} events, hash chain intact");
            return ExitCodes.Ok;
        });
        return command;
    }
}
