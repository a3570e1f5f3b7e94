using System.Globalization;
using System.Text;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Performance.Commands;

/// <summary>
/// A whole Renstra sheet for <paramref name="FirstYear"/>–<paramref name="LastYear"/> (contract §9.1), written to the
/// stream of the first year: what differs from the Renstra there becomes events.
/// </summary>
public sealed record ImportRenstra(
    CommandContext Context, string Source, int FirstYear, int LastYear, IReadOnlyList<RenstraRow> Rows) : PerformanceCommand(Context)
{
    /// <summary>The most years a Renstra spans: five, or six for a transitional one such as Towuti's 2021–2026.</summary>
    public const int MaxYears = 6;

    /// <inheritdoc/>
    public override string Source { get; } = Source;

    /// <inheritdoc/>
    public override string Fingerprint { get; } = EventIds.Fingerprint(Canonical(FirstYear, LastYear, Rows));

    private static string Canonical(int first, int last, IReadOnlyList<RenstraRow> rows)
    {
        var text = new StringBuilder($"renstra\n{first}-{last}\n");
        foreach (var row in rows)
        {
            text.Append(row.Tujuan).Append('|').Append(row.Sasaran).Append('|').Append(row.Indikator).Append('|')
                .Append(row.Satuan).Append('|').Append(row.Arah).Append('|').Append(row.Iku);
            foreach (var (slot, value) in row.Values.OrderBy(v => v.Key.Column).ThenBy(v => v.Key.Year))
                text.Append('|').Append(slot).Append('=').Append(PerformanceText.Canonical(value));
            text.Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>
/// One row of a Renstra sheet, repeated tujuan and sasaran cells already filled in. <paramref name="Sasaran"/> is null
/// on a row of tingkat <c>tujuan</c>. <paramref name="Row"/> is the sheet's row number, for errors.
/// </summary>
public sealed record RenstraRow(
    int Row, string Tujuan, string? Sasaran, string Indikator, string Satuan, Arah Arah, bool Iku,
    IReadOnlyDictionary<RenstraSlot, Quantity> Values);

/// <summary>Canonical text of figures for fingerprints: the same number always prints the same.</summary>
internal static class PerformanceText
{
    public static string Canonical(Quantity value) =>
        (value.Value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + " " + value.Satuan;
}
