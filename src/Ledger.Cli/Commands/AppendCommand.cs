using System.CommandLine;
using Ledger.Application.Transfer;
using Ledger.Cli.Options;
using Ledger.Composition;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger append events.jsonl</c>: appends exported events to this store, each checked as the ledger's own writes
/// are (<see cref="JournalAppend"/>); events held with the same content are skipped, with other content a conflict.
/// </summary>
public static class AppendCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var file = new Argument<string>("events.jsonl") { Description = "a file written by ledger export" };
        var command = new Command("append", "append exported events to this store, checked as the ledger's own writes (idempotent by event id)") { store, file };
        command.SetAction(async (parse, cli, ct) =>
        {
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var outcome = await JournalAppend.AppendAsync(events, parse.GetValue(file)!, ct);
            await cli.Out.WriteLineAsync(
                $"{outcome.Appended} of {outcome.Read} events appended to {outcome.Streams} stream(s); {outcome.Read - outcome.Appended} were already there");
            return ExitCodes.Ok;
        });
        return command;
    }
}
