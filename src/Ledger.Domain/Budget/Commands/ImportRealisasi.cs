using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Budget.Commands;

/// <summary>
/// A realisasi sheet for the period ending on the context's effective date: cumulative Rupiah per leaf and
/// indicator achievements per line. <paramref name="Correction"/> marks a corrected report of the period (it needs a
/// reason, kept in the history); like any report it must keep each line's cumulative figures non-decreasing over the
/// period ends, so a wrong earlier report is corrected by importing that period again.
/// </summary>
public sealed record ImportRealisasi(
    CommandContext Context,
    string Source,
    IReadOnlyList<ReportedLine> Lines,
    bool Correction) : BudgetCommand(Context)
{
    /// <inheritdoc/>
    public override string Fingerprint { get; } = EventIds.Fingerprint(ReportedLine.Canonical(Context, Lines, Correction));
}

/// <summary>What a realisasi sheet says of one line: spending (null on a parent or where not printed) and indicator achievements.</summary>
public sealed record ReportedLine(Kode Kode, Money? Realisasi, IReadOnlyList<ReportedKinerja> Kinerja)
{
    internal static string Canonical(CommandContext context, IReadOnlyList<ReportedLine> lines, bool correction)
    {
        var text = new System.Text.StringBuilder($"realisasi\n{context.Effective:yyyy-MM-dd}\n{correction}\n");
        foreach (var line in lines)
        {
            text.Append(line.Kode).Append('|').Append(line.Realisasi?.Rupiah);
            foreach (var kinerja in line.Kinerja)
                text.Append('|').Append(kinerja.Indikator).Append('=').Append(kinerja.Realisasi.Value).Append(' ').Append(kinerja.Realisasi.Satuan);
            text.Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>An indicator's achieved value as reported.</summary>
public sealed record ReportedKinerja(string Indikator, Quantity Realisasi);
