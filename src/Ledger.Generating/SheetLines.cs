using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Generating;

/// <summary>
/// What the stage builders need to know of a sheet: its sub kegiatan grouped by kegiatan, the next free code under
/// a kegiatan or a program, and a sheet's total. A sheet is always whole (a line left out of a later stage's sheet
/// is removed at that stage) and in code order.
/// </summary>
public static class SheetLines
{
    public static bool IsLeaf(PlannedLine line) => line.Level == Level.SubKegiatan;

    /// <summary>Each kegiatan with its sub kegiatan, in code order.</summary>
    public static IReadOnlyList<(PlannedLine Kegiatan, IReadOnlyList<PlannedLine> Subs)> Kegiatan(IReadOnlyList<PlannedLine> sheet) =>
        [.. sheet.Where(l => l.Level == Level.Kegiatan)
            .Select(k => (k, (IReadOnlyList<PlannedLine>)[.. sheet.Where(s => s.Parent == k.Kode)]))];

    /// <summary>True for the penunjang program (<c>X.XX.01</c>) and everything under it.</summary>
    public static bool IsPenunjang(PlannedLine line) => line.Kode.Value.Split('.') is [_, _, "01", ..];

    public static bool IsGaji(PlannedLine line) => line.Uraian == PenunjangCatalogue.GajiUraian;

    public static Money Total(IEnumerable<PlannedLine> lines) => Money.Sum(lines.Select(l => l.Pagu));

    /// <summary>The code after the highest child of <paramref name="parent"/> in <paramref name="sheet"/> (or ever used, in <paramref name="used"/>).</summary>
    public static Kode NextChild(IReadOnlyList<PlannedLine> sheet, Kode parent, ISet<Kode> used, bool kegiatan)
    {
        var number = 1;
        foreach (var kode in sheet.Select(l => l.Kode).Concat(used))
        {
            if (kode.SegmentCount == parent.SegmentCount + (kegiatan ? 2 : 1) && parent.IsAncestorOf(kode))
                number = Math.Max(number, int.Parse(kode.Value[(kode.Value.LastIndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture) + 1);
        }
        return kegiatan ? UnitPlan.Code(parent.Value + ".2", number, 2) : UnitPlan.Code(parent.Value, number, 4);
    }

    /// <summary>The sheet with <paramref name="changed"/> lines replaced, <paramref name="removed"/> left out, <paramref name="added"/> put in code order.</summary>
    public static IReadOnlyList<PlannedLine> Edit(
        IReadOnlyList<PlannedLine> sheet, IReadOnlyDictionary<Kode, PlannedLine> changed, ISet<Kode> removed, IEnumerable<PlannedLine> added)
    {
        var lines = sheet.Where(l => !removed.Contains(l.Kode))
            .Select(l => changed.GetValueOrDefault(l.Kode) ?? l)
            .Concat(added)
            .ToList();
        lines.Sort((a, b) => a.Kode.CompareTo(b.Kode));
        return lines;
    }
}
