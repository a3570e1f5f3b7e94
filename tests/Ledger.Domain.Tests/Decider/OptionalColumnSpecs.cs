using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>
/// Issue 11, finding 2: a sheet without the <c>indikator</c> column leaves indicators alone; the same lines with an
/// empty column drop them. The two are different imports, whatever came before.
/// </summary>
public sealed class OptionalColumnSpecs
{
    private static readonly Testing.Sheet NoIndicators = Testing.Sheet.Empty
        .Line(Program1, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        .Line(Kegiatan11, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah")
        .Line(Dokumen, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 12_400_000);

    private static readonly Budget.Commands.ImportBudget WithIndicators = Testing.Sheet.Empty
        .Line(Program1, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        .Line(Kegiatan11, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah")
        .Line(Dokumen, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 12_400_000, Ind("Jumlah Dokumen", 6, "Dokumen"))
        .Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z");

    private static readonly Budget.Commands.ImportBudget WithoutColumn =
        NoIndicators.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-11T02:00:00Z", hasIndicators: false);

    private static readonly Budget.Commands.ImportBudget EmptyColumn =
        NoIndicators.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-12T02:00:00Z", hasIndicators: true);

    [Fact]
    public void Given_a_sheet_without_the_column_after_one_with_indicators_when_the_column_comes_back_empty_then_the_indicators_are_dropped() =>
        Given(History(WithIndicators, WithoutColumn)).When(EmptyColumn)
            .ThenChanges(new IndicatorDropped(K(Dokumen), "Jumlah Dokumen"));

    [Fact]
    public void A_sheet_without_the_column_and_the_same_lines_with_an_empty_column_have_different_fingerprints() =>
        Assert.NotEqual(WithoutColumn.Fingerprint, EmptyColumn.Fingerprint);

    [Fact]
    public void Given_indicators_when_a_sheet_without_the_column_is_imported_then_nothing_changes() =>
        Given(History(WithIndicators)).When(WithoutColumn).ThenNothing();
}
