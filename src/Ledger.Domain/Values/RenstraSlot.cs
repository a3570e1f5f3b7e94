using System.Globalization;

namespace Ledger.Domain.Values;

/// <summary>Which figure of a Renstra indicator: its baseline, one year's target, or the end target.</summary>
public enum RenstraColumn
{
    /// <summary>The baseline (kondisi awal) the plan starts from.</summary>
    KondisiAwal = 0,
    /// <summary>The target of one year of the period.</summary>
    Target = 1,
    /// <summary>The target at the end of the period (target akhir).</summary>
    TargetAkhir = 2,
}

/// <summary>
/// A figure's place in a Renstra row, named as the sheet's column (<c>kondisi_awal</c>, <c>target_2023</c>,
/// <c>target_akhir</c>); <see cref="Year"/> is 0 except for <see cref="RenstraColumn.Target"/>.
/// </summary>
public readonly record struct RenstraSlot(RenstraColumn Column, int Year) : IComparable<RenstraSlot>
{
    /// <summary>Sheet order: kondisi awal, the years' targets by year, the end target.</summary>
    public int CompareTo(RenstraSlot other) => Column != other.Column ? Column.CompareTo(other.Column) : Year.CompareTo(other.Year);

    /// <summary>The baseline.</summary>
    public static RenstraSlot KondisiAwal => new(RenstraColumn.KondisiAwal, 0);

    /// <summary>The end target.</summary>
    public static RenstraSlot TargetAkhir => new(RenstraColumn.TargetAkhir, 0);

    /// <summary>The target of <paramref name="year"/>.</summary>
    public static RenstraSlot TargetOf(int year) => new(RenstraColumn.Target, year);

    /// <summary>The sheet's column name.</summary>
    public override string ToString() => Column switch
    {
        RenstraColumn.KondisiAwal => "kondisi_awal",
        RenstraColumn.TargetAkhir => "target_akhir",
        _ => "target_" + Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a column name as <see cref="ToString"/> writes it.</summary>
    public static bool TryParse(string? text, out RenstraSlot slot)
    {
        slot = default;
        switch (text)
        {
            case "kondisi_awal":
                slot = KondisiAwal;
                return true;
            case "target_akhir":
                slot = TargetAkhir;
                return true;
        }
        if (text is { Length: 11 } && text.StartsWith("target_", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            slot = TargetOf(year);
            return true;
        }
        return false;
    }
}
