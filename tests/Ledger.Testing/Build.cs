using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Testing;

/// <summary>
/// Short builders for specs: dates, instants, codes, money and command contexts. No clocks: every instant
/// is written in the test or is one of the fixed ones here.
/// </summary>
public static class Build
{
    public const string Unit = "Kecamatan Mangkutana";
    public const int Year = 2020;
    public const string Actor = "perencana@mangkutana";

    /// <summary>When the murni sheet of the examples was entered: ten days after the Perda.</summary>
    public static readonly Instant MurniRecorded = At("2020-01-10T02:00:00Z");

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    public static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).GetValueOrThrow();

    public static Kode K(string text) => Kode.Parse(text);

    public static Money Rp(long rupiah) => new(rupiah);

    public static Quantity Q(decimal value, string satuan) => new(value, satuan);

    public static PlannedIndicator Ind(string name, decimal target, string satuan, Arah arah = Arah.Naik) =>
        new(name, new Quantity(target, satuan), arah);

    public static PlannedIndicator IndWithoutTarget(string name, Arah arah = Arah.Naik) => new(name, null, arah);

    /// <summary>A context for <see cref="Unit"/> <see cref="Year"/>; recorded defaults to noon UTC of the effective date's next day.</summary>
    public static CommandContext Context(
        Stage stage,
        string effective,
        string? recorded = null,
        string? reason = null,
        string? basis = null,
        string unit = Unit,
        int year = Year)
    {
        var date = Date(effective);
        var instant = recorded is null ? date.PlusDays(1).At(new LocalTime(12, 0)).InUtc().ToInstant() : At(recorded);
        return new CommandContext(unit, year, stage, date, instant, Actor, basis ?? DefaultBasis(stage), reason);
    }

    private static string DefaultBasis(Stage stage) => stage switch
    {
        Stage.Murni => "Perda Kabupaten Luwu Timur Nomor 14 Tahun 2019 tentang APBD 2020",
        Stage.Pergeseran => "Perbup Nomor 8 Tahun 2020 tentang Pergeseran Anggaran",
        Stage.Refocusing => "Permendagri 20/2020; SKB Mendagri–Menkeu 119/2813/SJ – 177/KMK.07/2020",
        Stage.Perubahan => "Perda Nomor 9 Tahun 2020 tentang Perubahan APBD 2020",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
