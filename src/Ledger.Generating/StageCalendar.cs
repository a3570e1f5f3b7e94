using Ledger.Domain.Values;
using NodaTime;

namespace Ledger.Generating;

/// <summary>
/// The legal calendar of one fiscal year of the generated kabupaten, the same for all its units: when the APBD,
/// the refocusing Perbup (2020 and 2021 only), the pergeseran Perbup and the APBD-P take effect, and the Perda and
/// Perbup they cite. The windows keep every stage after the realisasi report recorded before it and before the one
/// recorded after it, so stream order and legal order agree.
/// </summary>
public sealed class StageCalendar
{
    private readonly int _year;
    private readonly int _perbupPenjabaran;

    public StageCalendar(ulong seed, int year)
    {
        _year = year;
        Kabupaten = PlaceNames.Kabupaten[(int)SplitMix64.For(seed, GenKeys.Kabupaten).Below(PlaceNames.Kabupaten.Count)];
        var random = SplitMix64.For(seed, GenKeys.Calendar, year);
        var perdaApbd = random.Between(8, 15);
        _perbupPenjabaran = random.Between(30, 60);
        Murni = new StageStamp(Stage.Murni, new LocalDate(year - 1, 12, random.Between(20, 31)),
            $"Perda Kab. {Kabupaten} No. {perdaApbd} Tahun {year - 1} tentang APBD TA {year}; Perbup {Kabupaten} No. {_perbupPenjabaran} Tahun {year - 1} tentang Penjabaran APBD TA {year}",
            null);
        Refocusing = year switch
        {
            2020 => Refocus(new LocalDate(2020, 4, 14).PlusDays(random.Between(0, 36)), random.Between(10, 30),
                "refocusing dan realokasi anggaran untuk percepatan penanganan Covid-19 (Permendagri 20/2020; SKB Mendagri–Menkeu 119/2813/SJ – 177/KMK.07/2020)"),
            2021 => Refocus(new LocalDate(2021, 2, 15).PlusDays(random.Between(0, 39)), random.Between(5, 20),
                "refocusing 8% DAU untuk penanganan Covid-19 (PMK 17/PMK.07/2021)"),
            _ => null,
        };
        Pergeseran = new StageStamp(Stage.Pergeseran, new LocalDate(year, 7, 13).PlusDays(random.Between(0, 18)),
            $"Perbup {Kabupaten} No. {random.Between(31, 45)} Tahun {year} tentang Perubahan Penjabaran APBD TA {year}",
            "pergeseran anggaran antar sub kegiatan dalam kegiatan yang sama");
        Perubahan = new StageStamp(Stage.Perubahan, new LocalDate(year, 8, 3).PlusDays(random.Between(0, 53)),
            $"Perda Kab. {Kabupaten} No. {random.Between(4, 12)} Tahun {year} tentang Perubahan APBD TA {year}",
            year == 2020 ? "penyesuaian anggaran akibat pandemi Covid-19" : "penyesuaian pagu dan target kinerja pada APBD Perubahan");
    }

    public string Kabupaten { get; }

    public StageStamp Murni { get; }

    /// <summary>Null outside 2020 and 2021: refocusing was a Covid-19 instrument.</summary>
    public StageStamp? Refocusing { get; }

    public StageStamp Pergeseran { get; }

    public StageStamp Perubahan { get; }

    private StageStamp Refocus(LocalDate effective, int number, string reason) =>
        new(Stage.Refocusing, effective,
            $"Perbup {Kabupaten} No. {number} Tahun {_year} tentang Perubahan atas Perbup No. {_perbupPenjabaran} Tahun {_year - 1} tentang Penjabaran APBD TA {_year}",
            reason);
}

/// <summary>A stage as the law has it: in force from <paramref name="Effective"/>, on <paramref name="Basis"/>, for <paramref name="Reason"/>.</summary>
public sealed record StageStamp(Stage Stage, LocalDate Effective, string Basis, string? Reason);
