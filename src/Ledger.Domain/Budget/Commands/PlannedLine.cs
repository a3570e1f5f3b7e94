using System.Globalization;
using System.Text;
using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Domain.Budget.Commands;

/// <summary>One line of a budget sheet as the planner wants it to be at the command's stage.</summary>
/// <param name="Kode">The line's code.</param>
/// <param name="Level">Program, kegiatan or sub kegiatan.</param>
/// <param name="Parent">The code of the line above it; null for a program.</param>
/// <param name="Uraian">The line's description as printed.</param>
/// <param name="Attributes">Lokasi, sumber dana and kelompok sasaran, where the sheet gives them.</param>
/// <param name="Pagu">The line's own pagu: the leaf amount; zero for parents, which carry their children's sums.</param>
/// <param name="Indicators">The line's indicators with their targets, as the sheet lists them.</param>
public sealed record PlannedLine(
    Kode Kode,
    Level Level,
    Kode? Parent,
    string Uraian,
    LineAttributes Attributes,
    Money Pagu,
    IReadOnlyList<PlannedIndicator> Indicators)
{
    /// <summary>The end-of-Renstra pagu target, where the sheet gives one.</summary>
    public Money? PaguRenstra { get; init; }

    internal static string Canonical(Stage stage, LocalDate effective, IReadOnlyList<PlannedLine> lines)
    {
        var text = new StringBuilder();
        text.Append(stage.Name()).Append('\n').Append(effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line.Kode).Append('|').Append(line.Level.Name()).Append('|').Append(line.Parent?.Value)
                .Append('|').Append(line.Uraian).Append('|').Append(line.Attributes.Lokasi).Append('|')
                .Append(line.Attributes.SumberDana).Append('|').Append(line.Attributes.KelompokSasaran)
                .Append('|').Append(line.Pagu).Append('|').Append(line.PaguRenstra?.Rupiah);
            foreach (var indicator in line.Indicators)
            {
                text.Append('|').Append(indicator.Name).Append('=').Append((indicator.Target?.Value / 1.000000000000000000000000000000000m)?.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(indicator.Target?.Satuan).Append(' ').Append(indicator.Arah)
                    .Append(' ').Append((indicator.TargetRenstra?.Value / 1.000000000000000000000000000000000m)?.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(indicator.TargetRenstra?.Satuan);
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>An indicator of a planned line with its target (null when none is printed).</summary>
public sealed record PlannedIndicator(string Name, Quantity? Target, Arah Arah)
{
    /// <summary>The end-of-Renstra target, where the sheet gives one.</summary>
    public Quantity? TargetRenstra { get; init; }

    /// <summary>The target's unit as printed; empty when there is no target.</summary>
    public string Satuan => Target?.Satuan ?? "";
}
