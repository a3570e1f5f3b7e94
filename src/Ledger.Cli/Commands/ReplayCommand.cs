using System.CommandLine;
using Ledger.Application.Maintenance;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Sheets.Numbers;

namespace Ledger.Cli.Commands;

/// <summary><c>ledger replay</c>: folds the whole journal through every projection from scratch; prints events and events/s.</summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var command = new Command("replay", "rebuild every projection from the whole journal and report the speed") { store };
        command.SetAction(async (parse, cli, ct) =>
        {
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var head = await events.HeadAsync(ct);
            using var progress = new ConsoleProgress(cli.Error, "replaying", total: head.Value);
            var outcome = await Replay.RunAsync(events, progress, ct);
            progress.Done();
            var rate = Indonesian.Number((long)outcome.EventsPerSecond);
            await cli.Out.WriteLineAsync(
                $"{outcome.Events} events, {outcome.Streams} streams, {outcome.Elapsed.TotalMilliseconds:F0} ms, {rate} events/s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
