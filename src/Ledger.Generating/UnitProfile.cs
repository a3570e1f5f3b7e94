using System.Globalization;

namespace Ledger.Generating;

/// <summary>
/// Who a generated unit is: its number in the data set (1-based), its kind, its name as users write it
/// ("Kecamatan Towuti 0042", "Dinas Pendidikan 0007": the number keeps names unique) and the slug its sheets
/// are named after. Depends only on the seed and the number, so <c>--units 10</c> makes the first ten units of
/// <c>--units 100</c>.
/// </summary>
public sealed record UnitProfile(int Index, UnitKind Kind, string Name, string Place)
{
    public string Slug => string.Concat(Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Replace("--", "-", StringComparison.Ordinal);

    public static UnitProfile For(ulong seed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        var random = SplitMix64.For(seed, GenKeys.Unit, index);
        var kind = UnitKinds.All[random.Weighted(UnitKinds.Weights)];
        var place = random.Pick(PlaceNames.Kecamatan);
        var number = index.ToString("D4", CultureInfo.InvariantCulture);
        var name = kind.IsKecamatan ? $"Kecamatan {place} {number}" : $"{kind.Name} {number}";
        return new UnitProfile(index, kind, name, place);
    }
}
