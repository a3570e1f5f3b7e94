using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Events;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

/// <summary>
/// Issue 11, finding 11: no line amount and no total of a unit-year may pass <see cref="BudgetDecider.MaxRupiah"/>
/// (Rp 10^15), so no table's sum can overflow; each refusal names the kode and the column.
/// </summary>
public sealed class AmountLimitSpecs
{
    private const long Limit = 1_000_000_000_000_000;
    private static readonly ImportBudget MurniImport = Murni.Import(Stage.Murni, "2019-12-31", recorded: "2020-01-10T02:00:00Z");

    private static CorrectPagu Correct(string kode, long pagu) =>
        new(Context(Stage.Murni, "2019-12-31", recorded: "2020-02-01T00:00:00Z", reason: "salah ketik"), K(kode), Rp(pagu));

    [Fact]
    public void Given_a_murni_when_a_correction_to_the_largest_64_bit_amount_is_asked_then_it_is_refused_naming_kode_and_pagu() =>
        Given(History(MurniImport)).When(Correct(Dokumen, long.MaxValue))
            .ThenRejected(containing: $"pagu of {Dokumen} is 9223372036854775807, above the 1000000000000000", kode: Dokumen, field: "pagu");

    [Fact]
    public void Given_a_murni_when_a_correction_puts_the_total_over_the_limit_then_it_is_refused_naming_kode_and_pagu() =>
        Given(History(MurniImport)).When(Correct(Dokumen, Limit))
            .ThenRejected(containing: "the pagu total of murni of Kecamatan Mangkutana 2020 would be 1000000639503620", kode: Dokumen, field: "pagu");

    [Fact]
    public void A_correction_to_exactly_the_limit_on_an_otherwise_empty_budget_is_accepted() =>
        Given(History(Murni.With(Laporan, pagu: 0).With(Gaji, pagu: 0).With(Forkopimka, pagu: 0).Import(Stage.Murni, "2019-12-31")))
            .When(Correct(Dokumen, Limit))
            .ThenEvents(new PaguCorrected(K(Dokumen), Rp(12_400_000), Rp(Limit)));

    [Fact]
    public void A_sheet_whose_line_is_above_the_limit_is_refused_naming_kode_and_pagu() =>
        Given().When(Murni.With(Gaji, pagu: Limit + 1).Import(Stage.Murni, "2019-12-31"))
            .ThenRejected(containing: $"pagu of {Gaji} is 1000000000000001", kode: Gaji, field: "pagu");

    [Fact]
    public void A_sheet_whose_lines_each_fit_but_whose_total_would_overflow_64_bits_is_refused() =>
        Given().When(Murni.With(Gaji, pagu: Limit).With(Forkopimka, pagu: Limit).Import(Stage.Murni, "2019-12-31"))
            .ThenRejected(containing: "the pagu total of murni", kode: Gaji, field: "pagu");

    [Fact]
    public void Realisasi_above_the_limit_is_refused_naming_kode_and_realisasi() =>
        Given(History(MurniImport))
            .When(new ImportRealisasi(Context(Stage.Murni, "2020-03-31", recorded: "2020-04-05T00:00:00Z"), "tw1.csv",
                [new ReportedLine(K(Dokumen), Rp(long.MaxValue), [])], false))
            .ThenRejected(containing: $"realisasi of {Dokumen} is 9223372036854775807", kode: Dokumen, field: "realisasi");

    [Fact]
    public void Realisasi_whose_period_total_passes_the_limit_is_refused() =>
        Given(History(MurniImport))
            .When(new ImportRealisasi(Context(Stage.Murni, "2020-03-31", recorded: "2020-04-05T00:00:00Z"), "tw1.csv",
                [new ReportedLine(K(Dokumen), Rp(Limit), []), new ReportedLine(K(Gaji), Rp(Limit), [])], false))
            .ThenRejected(containing: "the realisasi total to 2020-03-31", field: "realisasi");
}
