using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>
/// Issue 11, finding 16: a re-import of the same stage that removes lines with realisasi reported on them needs a
/// reason; without one it is refused, naming how many lines and one of them.
/// </summary>
public sealed class DestructiveReimportSpecs
{
    private static readonly ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z");

    private static readonly ImportRealisasi Tw1 = new(
        Context(Stage.Murni, "2020-03-31", recorded: "2020-04-05T02:00:00Z"), "tw1.csv",
        [new ReportedLine(K(Dokumen), Rp(2_000_000), []), new ReportedLine(K(Laporan), Rp(1_000_000), [])], false);

    private static ImportBudget WithoutKegiatan11(string? reason) =>
        Murni.Without(Kegiatan11, Dokumen, Laporan)
            .Import(Context(Stage.Murni, "2019-12-31", recorded: "2020-04-10T02:00:00Z", reason: reason));

    [Fact]
    public void Given_realisasi_when_the_murni_is_re_imported_without_those_lines_and_no_reason_then_it_is_refused_naming_count_and_a_kode() =>
        Given(History(MurniImport, Tw1)).When(WithoutKegiatan11(reason: null))
            .ThenRejected(containing: $"would remove 2 line(s) with realisasi reported on them (e.g. {Dokumen})");

    [Fact]
    public void Given_realisasi_when_the_same_re_import_gives_a_reason_then_the_lines_are_removed() =>
        Given(History(MurniImport, Tw1)).When(WithoutKegiatan11(reason: "DPA salah unggah"))
            .ThenChanges(new LineRemoved(K(Kegiatan11)), new LineRemoved(K(Dokumen)), new LineRemoved(K(Laporan)));

    [Fact]
    public void Given_no_realisasi_when_the_murni_is_re_imported_without_lines_then_no_reason_is_needed() =>
        Given(History(MurniImport)).When(WithoutKegiatan11(reason: null))
            .ThenChanges(new LineRemoved(K(Kegiatan11)), new LineRemoved(K(Dokumen)), new LineRemoved(K(Laporan)));

    [Fact]
    public void Given_realisasi_when_a_perubahan_removes_those_lines_then_no_reason_is_needed() =>
        Given(History(MurniImport, Tw1))
            .When(Murni.Without(Kegiatan11, Dokumen, Laporan).Import(Stage.Perubahan, "2020-08-05", recorded: "2020-08-06T02:00:00Z"))
            .ThenChanges(new LineRemoved(K(Kegiatan11)), new LineRemoved(K(Dokumen)), new LineRemoved(K(Laporan)));
}
