using System.CommandLine;
using Ledger.Application.Checking;
using Ledger.Sheets.Lines;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger check FILE…</c>: findings in budget and realisasi sheets, and in kinerja sheets against their PK sheet
/// (kode <c>-</c>, the indicator named in the words), one a line on stdout
/// (<c>FILE:ROW kode what: printed X, computed Y</c>; <c>kode</c> is <c>JUMLAH</c> for a printed grand
/// total; money as plain integers, percentages with <c>.</c> as the decimal mark, printed as printed and
/// computed to two decimals). A realisasi sheet is checked against the budget sheet given before it, or
/// the only budget sheet given (see <see cref="SheetCheck"/>); which one goes to stderr. Exit 0 whatever
/// is found; 1 only on unreadable input.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "budget, realisasi, Renstra, PK and kinerja sheets (told apart by their columns); a realisasi sheet is "
                + "checked against the budget sheet before it, or the only budget sheet given; a kinerja sheet likewise against a PK sheet",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check",
            "report parent and grand totals that don't equal their leaves, and printed serapan_pct / capaian_pct that don't "
            + "follow from the numbers (truncations said as such); serapan and capaian need the budget sheet: a realisasi "
            + "sheet is checked against the budget sheet given before it, or the only one given. One finding a line: "
            + "FILE:ROW kode what: printed X, computed Y")
        {
            files,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            // Each file is opened as the check reaches it, so the first bad one in the order given is the one reported.
            var results = SheetCheck.Run(parse.GetValue(files)!.Select(CliSheets.Open));
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
            foreach (var result in results.Where(r => r.Kind == SheetKind.Realisasi))
            {
                await cli.Error.WriteLineAsync(result.Budget is { } budget
                    ? $"{result.File}: checked against {budget}"
                    : $"{result.File}: no budget sheet to check against; serapan_pct and capaian_pct not checked");
            }
            foreach (var result in results.Where(r => r.Kind == SheetKind.Kinerja))
            {
                await cli.Error.WriteLineAsync(result.Budget is { } pk
                    ? $"{result.File}: checked against {pk}"
                    : $"{result.File}: no PK sheet to check against; capaian_pct not checked");
                foreach (var row in result.Unmatched)
                    await cli.Error.WriteLineAsync($"{result.File}:{row.Row}: indikator '{row.Indikator}' is not in {result.Budget}; capaian_pct not checked");
            }
            await cli.Error.WriteLineAsync($"{count} finding(s) in {results.Count} file(s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
