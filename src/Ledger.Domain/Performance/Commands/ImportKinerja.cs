using System.Text;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;

namespace Ledger.Domain.Performance.Commands;

/// <summary>
/// A kinerja sheet (pengukuran, contract §9.3) for the period ending on the context's effective date, checked against
/// the year's PK in the same stream. Printed capaian are never part of it.
/// </summary>
public sealed record ImportKinerja(CommandContext Context, string Source, IReadOnlyList<KinerjaRow> Rows) : PerformanceCommand(Context)
{
    /// <inheritdoc/>
    public override string Source { get; } = Source;

    /// <inheritdoc/>
    public override string Fingerprint { get; } = EventIds.Fingerprint(Canonical(Context, Rows));

    private static string Canonical(CommandContext context, IReadOnlyList<KinerjaRow> rows)
    {
        var text = new StringBuilder($"kinerja\n{context.Effective:yyyy-MM-dd}\n");
        foreach (var row in rows)
            text.Append(row.Indikator).Append('|').Append(PerformanceText.Canonical(row.Realisasi)).Append('\n');
        return text.ToString();
    }
}

/// <summary>One row of a kinerja sheet; <paramref name="Row"/> is the sheet's row number, for errors.</summary>
public sealed record KinerjaRow(int Row, string Indikator, Ledger.Domain.Values.Quantity Realisasi);
