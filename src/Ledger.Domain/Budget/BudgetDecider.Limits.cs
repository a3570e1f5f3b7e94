using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget;

public static partial class BudgetDecider
{
    /// <summary>
    /// The largest amount one line may hold and the largest total of a unit-year at any stage or period end:
    /// Rp 1.000.000.000.000.000 (10^15, a thousand trillion). Far above any regional budget, and far enough below
    /// <see cref="long.MaxValue"/> that every sum a table makes (up the tree, JUMLAH, sebelum against setelah) is exact.
    /// </summary>
    public static readonly Money MaxRupiah = new(1_000_000_000_000_000);

    private static Decision? CheckAmount(Money amount, Kode kode, string column) =>
        amount > MaxRupiah
            ? Decision.Reject($"{column} of {kode} is {amount}, above the {MaxRupiah} (10^15) the ledger allows for one line", kode, column)
            : null;

    /// <summary>
    /// Folds the decided events onto the state and checks every total a table can show: the pagu of each rank,
    /// the Renstra pagu and the realisasi at each reported period end. Summed wide, so a sum beyond 64 bits is a
    /// rejection, not an overflow. The rejection names the command's largest line in the column.
    /// </summary>
    private static Decision? CheckTotals(BudgetCommand command, BudgetState state, IReadOnlyList<EventEnvelope> events)
    {
        var fold = new BudgetFold(state);
        foreach (var envelope in events)
            fold.Apply(envelope);
        return OverTotals(fold.ToState()) is { } over ? OverTotal(command, over.Column, over.What, over.Total) : null;
    }

    /// <summary>
    /// Why the totals of <paramref name="state"/> are more than a table may show, or null: what Decide checks after
    /// every command, for Admit to check after every command it admits.
    /// </summary>
    public static Rejection? TotalsRefusal(BudgetState state, string unit, int fiscalYear) =>
        OverTotals(state) is { } over
            ? new($"{over.What} of {unit} {fiscalYear} would be {over.Total}, above the {MaxRupiah} (10^15) the ledger allows", null, over.Column)
            : null;

    // The first total above MaxRupiah: the pagu of each rank, the Renstra pagu, the realisasi at each period end.
    private static (string Column, string What, Int128 Total)? OverTotals(BudgetState state)
    {
        var lines = state.Lines.Values;
        for (var rank = 0; rank < Ranked<Money>.Ranks; rank++)
        {
            var r = rank;
            if (Total(lines.Select(l => l.Pagu.AtRank(r))) is { } over)
                return ("pagu", $"the pagu total of {StageAtRank(r)}", over);
        }
        if (Total(lines.Select(l => l.PaguRenstra ?? Money.Zero)) is { } renstra)
            return ("pagu_renstra", "the Renstra pagu total", renstra);
        foreach (var periodEnd in lines.SelectMany(l => l.Realisasi.Keys).Distinct())
        {
            if (Total(lines.Select(l => l.RealisasiBy(periodEnd) ?? Money.Zero)) is { } spent)
                return ("realisasi", $"the realisasi total to {periodEnd:yyyy-MM-dd}", spent);
        }
        return null;
    }

    /// <summary>The sum when it is above <see cref="MaxRupiah"/>, else null.</summary>
    private static Int128? Total(IEnumerable<Money> amounts)
    {
        Int128 total = 0;
        foreach (var amount in amounts)
            total += amount.Rupiah;
        return total > MaxRupiah.Rupiah ? total : null;
    }

    private static Decision OverTotal(BudgetCommand command, string column, string what, Int128 total)
    {
        var kode = command switch
        {
            CorrectPagu correction => correction.Kode,
            ImportBudget import when column == "pagu" => import.Lines.MaxBy(l => l.Pagu)?.Kode,
            ImportBudget import => import.Lines.MaxBy(l => l.PaguRenstra ?? Money.Zero)?.Kode,
            ImportRealisasi realisasi => realisasi.Lines.MaxBy(l => l.Realisasi ?? Money.Zero)?.Kode,
            _ => null,
        };
        var context = command.Context;
        return Decision.Reject(
            $"{what} of {context.Unit} {context.FiscalYear} would be {total}, above the {MaxRupiah} (10^15) the ledger allows"
            + (kode is { } k ? $"; its largest line here is {k}" : ""),
            kode, column);
    }

    private static string StageAtRank(int rank) => rank switch
    {
        0 => "murni",
        1 => "pergeseran / refocusing",
        _ => "perubahan",
    };
}
