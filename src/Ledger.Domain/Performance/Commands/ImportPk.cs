using System.Text;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance.Commands;

/// <summary>
/// A whole PK sheet for the context's fiscal year (contract §9.2). The caller reads what the decider checks it
/// against but cannot see in the year's stream (ADR 0007): <paramref name="Renstras"/>, the unit's Renstras (none: the
/// unit has no Renstra, and the PK is taken as printed; some, none covering the year: refused), and
/// <paramref name="BudgetKodes"/>, the open lines of the year's budget (from the same stream read, so the check
/// and the append see one version).
/// </summary>
public sealed record ImportPk(
    CommandContext Context,
    string Source,
    IReadOnlyList<PkRow> Rows,
    IReadOnlyList<RenstraState> Renstras,
    IReadOnlySet<Kode> BudgetKodes) : PerformanceCommand(Context)
{
    /// <inheritdoc/>
    public override string Source { get; } = Source;

    /// <inheritdoc/>
    public override string Fingerprint { get; } = EventIds.Fingerprint(Canonical(Rows));

    private static string Canonical(IReadOnlyList<PkRow> rows)
    {
        var text = new StringBuilder("pk\n");
        foreach (var row in rows)
        {
            text.Append(row.Sasaran).Append('|').Append(row.Indikator).Append('|').Append(row.Satuan).Append('|')
                .Append(row.Arah).Append('|').Append(PerformanceText.Canonical(row.Target)).Append('|').Append(row.Programs).Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>
/// One row of a PK sheet, a repeated sasaran cell already filled in. <paramref name="Satuan"/> and
/// <paramref name="Arah"/> are null where the sheet leaves them out (the Renstra's are taken). <paramref name="Row"/>
/// is the sheet's row number, for errors.
/// </summary>
public sealed record PkRow(int Row, string Sasaran, string Indikator, string? Satuan, Arah? Arah, Quantity Target, KodeList Programs);
