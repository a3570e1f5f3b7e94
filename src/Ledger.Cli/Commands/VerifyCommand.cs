using System.CommandLine;
using Ledger.Application.Maintenance;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;
using Ledger.Store;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger verify [--expect-head POSITION:HASH]</c>: re-reads the whole journal and checks its hash chain; exit 1
/// naming the first bad position. Ends with <c>head POSITION HASH</c>, which an auditor records and passes back
/// later as <c>--expect-head</c> to find a journal cut short or rewritten with a recomputed chain.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var expectHead = new Option<string?>("--expect-head")
        {
            Description = "a head printed by an earlier verify: the journal must still hold exactly that event at that position",
            HelpName = "POSITION:HASH",
        };
        expectHead.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && !JournalHead.TryParse(result.Tokens[0].Value, out _, out var problem))
                result.AddError($"--expect-head '{result.Tokens[0].Value}': {problem}");
        });
        var command = new Command("verify", "check that no stored byte of the journal was changed (hash chain)") { store, expectHead };
        command.SetAction(async (parse, cli, ct) =>
        {
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            using var progress = new ConsoleProgress(cli.Error, "verifying", total: null);
            JournalHead? expected = JournalHead.TryParse(parse.GetValue(expectHead), out var head, out _) ? head : null;
            var result = await Verify.RunAsync(events, expected, progress, ct);
            progress.Done();
            if (!result.IsIntact)
                return await cli.FailAsync($"journal tampered at position {result.FirstBadPosition}: {result.Problem}", ExitCodes.BadInput);
            var matched = expected is { } e ? $", holds the expected head at position {e.Position}" : "";
            await cli.Out.WriteLineAsync($"ok: {result.EventsChecked} events, hash chain intact{matched}");
            await cli.Out.WriteLineAsync($"head {result.Head}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
