using System.Collections.Immutable;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Testing;

/// <summary>
/// A budget sheet as a planner would type it: rows of kode, uraian, own pagu (leaves only) and indicators.
/// Parents and levels are derived as the contract says (§4: the parent is the longest other kode of the sheet
/// that is its prefix at a dot). Immutable, so a perubahan sheet is written as changes to the murni one.
/// </summary>
public sealed record Sheet(ImmutableList<SheetRow> Rows)
{
    public static readonly Sheet Empty = new(ImmutableList<SheetRow>.Empty);

    public Sheet Line(string kode, string uraian, long pagu = 0, params PlannedIndicator[] indicators) =>
        new(Rows.Add(new SheetRow(Kode.Parse(kode), uraian, new Money(pagu), [.. indicators], LineAttributes.None)));

    /// <summary>Changes one row; arguments left null keep what the row had.</summary>
    public Sheet With(string kode, long? pagu = null, string? uraian = null, PlannedIndicator[]? indicators = null, LineAttributes? attributes = null)
    {
        var target = Kode.Parse(kode);
        var index = Rows.FindIndex(r => r.Kode == target);
        if (index < 0)
            throw new ArgumentException($"no row {kode} in the sheet", nameof(kode));
        var row = Rows[index];
        return new(Rows.SetItem(index, row with
        {
            Pagu = pagu is { } p ? new Money(p) : row.Pagu,
            Uraian = uraian ?? row.Uraian,
            Indicators = indicators is null ? row.Indicators : [.. indicators],
            Attributes = attributes ?? row.Attributes,
        }));
    }

    public Sheet Without(params string[] kodes)
    {
        var gone = kodes.Select(Kode.Parse).ToHashSet();
        return new(Rows.RemoveAll(r => gone.Contains(r.Kode)));
    }

    public Money Total => Money.Sum(Rows.Select(r => r.Pagu));

    public IReadOnlyList<PlannedLine> Planned()
    {
        var kodes = Rows.Select(r => r.Kode).ToList();
        return Rows.Select(r =>
        {
            var parent = ParentOf(r.Kode, kodes);
            return new PlannedLine(r.Kode, Levels.FromDepth(Depth(r.Kode, kodes)), parent, r.Uraian, r.Attributes, r.Pagu, r.Indicators);
        }).ToList();
    }

    public ImportBudget Import(CommandContext context, string source = "sheet.csv", bool hasIndicators = true) =>
        new(context, source, Planned(), hasIndicators);

    public ImportBudget Import(Stage stage, string effective, string? recorded = null, string source = "sheet.csv", bool hasIndicators = true) =>
        Import(Build.Context(stage, effective, recorded), source, hasIndicators);

    private static Kode? ParentOf(Kode kode, IReadOnlyList<Kode> kodes)
    {
        Kode? best = null;
        foreach (var candidate in kodes)
        {
            if (candidate.IsAncestorOf(kode) && (best is null || candidate.Value.Length > best.Value.Value.Length))
                best = candidate;
        }
        return best;
    }

    private static int Depth(Kode kode, IReadOnlyList<Kode> kodes) => kodes.Count(k => k.IsAncestorOf(kode));
}

/// <summary>One row of a <see cref="Sheet"/>: the line's own pagu (zero for parents) and its indicators.</summary>
public sealed record SheetRow(Kode Kode, string Uraian, Money Pagu, ImmutableArray<PlannedIndicator> Indicators, LineAttributes Attributes);
