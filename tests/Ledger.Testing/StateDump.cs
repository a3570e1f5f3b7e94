using System.Text;
using Ledger.Domain.Budget;
using Ledger.Domain.Values;

namespace Ledger.Testing;

/// <summary>
/// A canonical text of a <see cref="BudgetState"/>, for comparing states structurally: the state is a record, but
/// its immutable collections compare by reference, so two equal folds are never <c>==</c>.
/// </summary>
public static class StateDump
{
    public static string Of(BudgetState state)
    {
        var text = new StringBuilder();
        foreach (var line in state.Lines.Values)
        {
            text.Append(line.Kode).Append('|').Append(line.Level).Append('|').Append(line.Parent?.Value).Append('|')
                .Append(line.Uraian).Append('|').Append(line.Attributes).Append('|');
            for (var rank = 0; rank < Ranked<bool>.Ranks; rank++)
            {
                text.Append(" r").Append(rank).Append(':').Append(line.Present.AtRank(rank) ? "open" : "closed")
                    .Append(',').Append(line.Pagu.AtRank(rank).Rupiah).Append(",[");
                foreach (var indicator in line.Indicators.AtRank(rank) ?? [])
                    text.Append(indicator.Name).Append('/').Append(indicator.Satuan).Append('/').Append(indicator.Arah).Append('=').Append(indicator.Target).Append(';');
                text.Append(']');
            }
            text.Append(" pagu-set:").Append(line.Pagu.HasAny);
            foreach (var (period, amount) in line.Realisasi)
                text.Append(" realisasi ").Append(period).Append('=').Append(amount.Rupiah);
            foreach (var (period, values) in line.Kinerja)
            {
                foreach (var (indikator, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
                    text.Append(" kinerja ").Append(period).Append(' ').Append(indikator).Append('=').Append(value);
            }
            text.Append('\n');
        }
        foreach (var step in state.Steps)
            text.Append("step ").Append(step).Append('\n');
        foreach (var report in state.Reports)
            text.Append("report ").Append(report).Append('\n');
        foreach (var (slot, fingerprint) in state.LastImports.OrderBy(i => i.Key, StringComparer.Ordinal))
            text.Append("import ").Append(slot).Append(' ').Append(fingerprint).Append('\n');
        return text.Append("events ").Append(state.EventCount).ToString();
    }

    /// <summary>The budget's total now: the own pagu of every open line (parents have none).</summary>
    public static Money Total(BudgetState state) => Money.Sum(state.Lines.Values.Where(l => l.IsOpen).Select(l => l.CurrentPagu));
}
