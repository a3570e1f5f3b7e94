namespace Ledger.Domain.Performance;

/// <summary>
/// A rating scale: bands of capaian, each the least value (exclusive or inclusive) that earns its word.
/// Bands are checked from the highest down; below all of them is <see cref="Lowest"/>.
/// </summary>
public sealed record PredikatScale(string Name, IReadOnlyList<PredikatBand> Bands, string Lowest)
{
    /// <summary>Permendagri 86/2017 evaluation scale (contract §7): &gt; 90 Sangat Tinggi, &gt; 75 Tinggi, &gt; 65 Sedang, &gt; 50 Rendah.</summary>
    public static readonly PredikatScale Permendagri86 = new(
        "permendagri86",
        [new(90, false, "Sangat Tinggi"), new(75, false, "Tinggi"), new(65, false, "Sedang"), new(50, false, "Rendah")],
        "Sangat Rendah");

    /// <summary>
    /// The LKjIP words of seed 003 (Kecamatan Towuti 2023), which prints no thresholds. Bands fitted to its
    /// assignments: 100, 101,78 and 114,5 Sangat Memuaskan; 90, 98,44 and 98,87 Memuaskan; 70,48 and 71,91 Cukup
    /// Memuaskan; 23,33 Kurang Memuaskan. Its 93,50 "Sangat Memuaskan" (Tabel 3.8) fits no monotone scale together
    /// with 98,87 "Memuaskan"; this scale calls it Memuaskan.
    /// </summary>
    public static readonly PredikatScale Lkjip = new(
        "lkjip",
        [new(100, true, "Sangat Memuaskan"), new(90, true, "Memuaskan"), new(70, true, "Cukup Memuaskan")],
        "Kurang Memuaskan");

    /// <summary>The ordinal scale of contract §9.5: &gt; 100 Baik Sekali, &gt; 75 Baik, &gt; 65 Cukup, &gt; 50 Kurang, else Sangat Kurang.</summary>
    public static readonly PredikatScale Ordinal = new(
        "ordinal",
        [new(100, false, "Baik Sekali"), new(75, false, "Baik"), new(65, false, "Cukup"), new(50, false, "Kurang")],
        "Sangat Kurang");

    /// <summary>Every named scale.</summary>
    public static readonly IReadOnlyList<PredikatScale> All = [Permendagri86, Lkjip, Ordinal];

    /// <summary>The predikat of a capaian in percent (<c>95</c> for 95%); null when <paramref name="capaian"/> is null.</summary>
    public string? Rate(decimal? capaian)
    {
        if (capaian is not { } value)
            return null;
        foreach (var band in Bands)
        {
            if (band.Inclusive ? value >= band.From : value > band.From)
                return band.Word;
        }
        return Lowest;
    }

    /// <summary>The scale named <paramref name="name"/> (case ignored); false when none is.</summary>
    public static bool TryParse(string? name, out PredikatScale scale)
    {
        scale = All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return scale is not null;
    }
}

/// <summary>One band of a <see cref="PredikatScale"/>.</summary>
public sealed record PredikatBand(decimal From, bool Inclusive, string Word);
