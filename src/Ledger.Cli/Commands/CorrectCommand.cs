using System.CommandLine;
using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Cli.Options;
using Ledger.Composition;
using Ledger.Domain.Values;
using Ledger.Journal;
using Ledger.Sheets.Numbers;

namespace Ledger.Cli.Commands;

/// <summary>
/// <c>ledger correct --unit --year --stage --kode --pagu --effective --reason</c>: fixes a mistake in the
/// pagu recorded at a stage by adding a correction; the mistaken event stays in the history.
/// </summary>
public static class CorrectCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var unit = CommonOptions.Unit();
        var year = CommonOptions.Year();
        var stage = new Option<string>("--stage") { Description = "the stage whose figure was wrong", Required = true, HelpName = "STAGE" };
        var kode = new Option<string>("--kode") { Description = "the line", Required = true, HelpName = "KODE" };
        var pagu = new Option<string>("--pagu") { Description = "the right pagu, e.g. 4.253.500", Required = true, HelpName = "RUPIAH" };
        var effective = new Option<string>("--effective") { Description = "date the corrected figure is in force from", Required = true, HelpName = "DATE" };
        var reason = new Option<string>("--reason") { Description = "why (required)", Required = true, HelpName = "TEXT" };
        var basis = new Option<string?>("--basis") { Description = "legal basis of the correction", HelpName = "TEXT" };
        var command = new Command("correct", "correct the pagu recorded for a line at a stage (adds an event; nothing is edited)")
        {
            store, unit, year, stage, kode, pagu, effective, reason, basis,
        };
        command.SetAction(async (parse, cli, ct) =>
        {
            var amountText = parse.GetValue(pagu)!;
            if (!Rupiah.TryParse(amountText, out var amount, out var problem))
                throw new UsageException($"--pagu: {problem}");
            var request = new PaguCorrection.Request(
                OptionValues.Unit(parse.GetValue(unit)!), parse.GetValue(year), OptionValues.Stage(parse.GetValue(stage), "--stage")!.Value,
                OptionValues.Kode(parse.GetValue(kode))!.Value, amount, OptionValues.Date(parse.GetValue(effective), "--effective")!.Value,
                ImportTexts.Reason(parse.GetValue(reason), "--reason") ?? "", ImportTexts.Basis(parse.GetValue(basis), "--basis"), Actors.FromEnvironment());
            await using var writer = Writers.ForStore(parse.GetValue(store), clock: LedgerClock.FromEnvironment());
            var result = await new PaguCorrection(writer, LedgerClock.FromEnvironment()).RunAsync(request, ct);
            if (result is CommandResult.Refused refused)
                return await cli.RefusedAsync(refused);
            await cli.Out.WriteLineAsync(((CommandResult.Accepted)result).Appended == 0
                ? $"{request.Kode} already has pagu {Indonesian.Rupiah(amount)} at {request.Stage.Name()}: nothing to correct"
                : $"{request.Kode}: pagu at {request.Stage.Name()} corrected to {Indonesian.Rupiah(amount)}, in force from {request.Effective:yyyy-MM-dd}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
