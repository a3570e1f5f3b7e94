using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>
/// Issue 11, finding 3: cumulative realisasi never falls from one period end to the next, and a correction
/// (<c>--correction --reason</c>) is held to that too, against the reports before and after it.
/// </summary>
public sealed class RealisasiCumulativeSpecs
{
    private static readonly ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z");

    private static ImportRealisasi Report(string periodEnd, string recorded, long spent, bool correction = false) =>
        new(Context(Stage.Murni, periodEnd, recorded: recorded, reason: correction ? "SP2D dibatalkan" : null),
            $"realisasi-{periodEnd}.csv", [new ReportedLine(K(Dokumen), Rp(spent), [])], correction);

    private static readonly ImportRealisasi Tw1 = Report("2020-03-31", "2020-04-05T02:00:00Z", 2_000_000);
    private static readonly ImportRealisasi Tw3 = Report("2020-09-30", "2020-10-05T02:00:00Z", 5_000_000);

    [Fact]
    public void Given_triwulan_I_and_III_when_a_correction_puts_triwulan_I_above_triwulan_III_then_it_is_refused_with_both_figures() =>
        Given(History(MurniImport, Tw1, Tw3))
            .When(Report("2020-03-31", "2020-10-10T02:00:00Z", 6_000_000, correction: true))
            .ThenRejected(containing: "6000000 exceeds the 5000000 already reported to 2020-09-30", kode: Dokumen, field: "realisasi");

    [Fact]
    public void Given_triwulan_I_when_a_correction_of_triwulan_III_falls_below_it_then_it_is_refused_with_both_figures() =>
        Given(History(MurniImport, Tw1, Tw3))
            .When(Report("2020-09-30", "2020-10-10T02:00:00Z", 1_000_000, correction: true))
            .ThenRejected(containing: "falls from 2000000 to 1000000", kode: Dokumen, field: "realisasi");

    [Fact]
    public void Given_triwulan_I_and_III_when_a_correction_of_triwulan_I_stays_below_triwulan_III_then_it_is_recorded() =>
        Given(History(MurniImport, Tw1, Tw3))
            .When(Report("2020-03-31", "2020-10-10T02:00:00Z", 1_500_000, correction: true))
            .ThenEvents(new RealisasiSheetImported("realisasi-2020-03-31.csv",
                    Report("2020-03-31", "2020-10-10T02:00:00Z", 1_500_000, correction: true).Fingerprint, 1),
                new RealisasiReported(K(Dokumen), Rp(1_500_000)));
}
