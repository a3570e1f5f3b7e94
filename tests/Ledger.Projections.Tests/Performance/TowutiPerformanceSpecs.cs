using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Performance;
using Ledger.Testing.Performance;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Projections.Tests.Performance;

/// <summary>Issue 13's figures for Kecamatan Towuti, read from the fold the tables build on.</summary>
public sealed class TowutiPerformanceSpecs
{
    private static UnitPerformance At(TimeSlice slice) => PerformanceAt.Fold(TowutiFramework.Unit, FrameworkEvents, slice);

    private static IndicatorAt Indicator(UnitPerformance framework, int year, string indikator, string periodEnd = "2023-12-31") =>
        framework.IndicatorsAt(year, Date(periodEnd).PlusYears(year - 2023)).Single(i => i.Pk.Indikator == indikator);

    [Fact]
    public void The_2023_IKM_capaian_is_107_07_against_a_target_of_78_5_and_its_Renstra_end_target_is_84_1()
    {
        var ikm = Indicator(At(TimeSlice.Everything), 2023, Ikm);

        Assert.Equal(107.07m, Math.Round(ikm.CapaianPct!.Value, 2));
        Assert.Equal(new Quantity(84.1m, "Nilai"), ikm.TargetAkhir);
        Assert.Equal(KodeList.Of([K("02"), K("03"), K("04"), K("05"), K("06")]), ikm.Pk.Programs);
        Assert.True(ikm.Pk.Iku);
    }

    [Fact]
    public void The_2023_Sasaran_II_indicator_achieves_93_50()
    {
        var capaian = Indicator(At(TimeSlice.Everything), 2023, CapaianProgram);

        Assert.Equal(93.50m, Math.Round(capaian.CapaianPct!.Value, 2));
        Assert.Equal(SasaranII, capaian.Pk.Sasaran);
    }

    [Fact]
    public void The_IKM_capaian_of_2021_2022_and_2023_side_by_side_are_113_16_113_37_and_107_07()
    {
        var framework = At(TimeSlice.Everything);

        Assert.Equal([2021, 2022, 2023], framework.PkYears);
        Assert.Equal([113.16m, 113.37m, 107.07m], framework.PkYears.Select(y => Math.Round(Indicator(framework, y, Ikm).CapaianPct!.Value, 2)));
    }

    [Fact]
    public void As_known_before_the_pengukuran_was_imported_the_2023_targets_are_there_and_no_realisasi()
    {
        var pengukuran = FrameworkEvents.Last(e => e.Event is KinerjaSheetImported).Recorded;

        var framework = At(new TimeSlice(null, pengukuran - NodaTime.Duration.FromTicks(1)));

        Assert.All(framework.IndicatorsAt(2023, Date("2023-12-31")), i => Assert.Null(i.Realisasi));
        Assert.Equal(new Quantity(78.5m, "Nilai"), Indicator(framework, 2023, Ikm).Pk.Target);
    }

    [Fact]
    public void As_of_30_June_a_realisasi_reported_for_Triwulan_IV_is_not_there() =>
        Assert.All(At(new TimeSlice(Date("2023-06-30"), null)).IndicatorsAt(2023, Date("2023-06-30")), i => Assert.Null(i.Realisasi));

    [Fact]
    public void Given_a_PK_target_revised_in_July_the_framework_as_of_June_shows_the_old_target_and_as_of_August_the_new()
    {
        var revised = Pk(2023, [Pk2023Rows[0] with { Target = new Quantity(80, "Nilai") }, Pk2023Rows[1]],
            effective: "2023-07-15", recorded: "2024-01-10T00:00:00Z", reason: "PK perubahan");
        EventEnvelope[] events =
        [
            .. FrameworkEvents.Where(e => e.FiscalYear != 2023),
            .. Testing.Specs.PerformanceSpec.History(Pk2023(), Kinerja2023Tw4, revised),
        ];

        Assert.Equal(new Quantity(78.5m, "Nilai"), PerformanceAt.Fold(TowutiFramework.Unit, events, new TimeSlice(Date("2023-06-30"), null)).Pk(2023)!.Find(Ikm)!.Target);
        Assert.Equal(new Quantity(80, "Nilai"), PerformanceAt.Fold(TowutiFramework.Unit, events, new TimeSlice(Date("2023-08-01"), null)).Pk(2023)!.Find(Ikm)!.Target);
    }

    [Fact]
    public void The_Renstra_2021_2026_covers_2023_and_holds_its_tree_in_sheet_order()
    {
        var renstra = At(TimeSlice.Everything).RenstraCovering(2023)!;

        Assert.Equal((2021, 2026), (renstra.FirstYear, renstra.LastYear));
        Assert.Equal([PeningkatanIkm, Ikm, Lakip, CapaianProgram], renstra.Indicators.Select(i => i.Indikator));
        Assert.Equal(["tujuan", "sasaran", "tujuan", "sasaran"], renstra.Indicators.Select(i => i.Tingkat));
        Assert.Null(At(TimeSlice.Everything).RenstraCovering(2027));
    }
}
