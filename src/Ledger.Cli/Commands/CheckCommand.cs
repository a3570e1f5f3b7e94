using System.CommandLine;
using Ledger.Application.Checking;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger check FILE…</c>: findings in budget and realisasi sheets, one a line
/// (<c>FILE:ROW kode what: printed X, computed Y</c>). Exit 0 whatever is found; 1 only on unreadable input.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "budget and realisasi sheets", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "report totals and percentages in source sheets that don't follow from their numbers") { files };
        command.SetAction(async (parse, cli, ct) =>
        {
            var results = SheetCheck.Run(parse.GetValue(files)!);
            var count = 0;
            foreach (var result in results)
            {
                foreach (var finding in result.Findings)
                {
                    count++;
                    await cli.Out.WriteLineAsync(
                        $"{result.File}:{finding.Row} {finding.Kode} {finding.What}: printed {finding.Printed}, computed {finding.Computed}");
                }
            }
            await cli.Error.WriteLineAsync($"{count} finding(s) in {results.Count} file(s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
