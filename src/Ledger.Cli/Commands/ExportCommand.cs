using System.CommandLine;
using Ledger.Application.Transfer;
using Ledger.Cli.Options;
using Ledger.Cli.Output;
using Ledger.Composition;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger export [--unit UNIT] [--year YYYY] &gt; events.jsonl</c>: canonical events, one JSON object a line, then the
/// <see cref="ExportTrailer"/> that lets <c>ledger append</c> see a line removed, added, changed or moved.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var unit = CommonOptions.Unit(required: false);
        var year = CommonOptions.OptionalYear();
        var output = CommonOptions.Out();
        var command = new Command("export", "write the journal's events as JSON Lines, oldest first") { store, unit, year, output };
        command.SetAction(async (parse, cli, ct) =>
        {
            await using var events = await EventStores.OpenAsync(EventStores.Resolve(parse.GetValue(store)), ct);
            var path = parse.GetValue(output);
            var full = path is null ? null : OutPath.Check(path);
            var written = await OutPath.WritingAsync(path ?? "-", async () =>
            {
                await using var stream = full is null ? Console.OpenStandardOutput() : File.Create(full);
                return await JournalExport.WriteAsync(events, stream, parse.GetValue(unit), parse.GetValue(year), ct);
            });
            if (path is not null)
                await cli.Out.WriteLineAsync($"{written} events written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
