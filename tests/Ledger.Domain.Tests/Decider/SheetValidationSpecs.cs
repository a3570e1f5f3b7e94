using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Decider;

public sealed class SheetValidationSpecs
{
    [Fact]
    public void A_negative_pagu_is_rejected_naming_the_kode_and_the_pagu_field() =>
        Given().When(Murni.With(Laporan, pagu: -5_000_000).Import(Stage.Murni, "2019-12-31"))
            .ThenRejected(containing: "pagu of 7.01.01.2.01.0007 is negative (-5000000)", kode: Laporan, field: "pagu");

    [Fact]
    public void A_negative_pagu_in_a_perubahan_is_rejected_too() =>
        Given(History(Murni.Import(Stage.Murni, "2019-12-31")))
            .When(Murni.With(Gaji, pagu: -1).Import(Stage.Perubahan, "2020-08-05"))
            .ThenRejected(containing: "is negative", kode: Gaji, field: "pagu");

    [Fact]
    public void A_duplicate_kode_in_a_sheet_is_rejected() =>
        Given().When(Murni.Line(Gaji, "Penyediaan Gaji dan Tunjangan ASN (lagi)", 1_000).Import(Stage.Murni, "2019-12-31"))
            .ThenRejected(containing: $"duplicate kode {Gaji}", kode: Gaji, field: "kode");

    [Fact]
    public void A_kode_printed_with_a_wrapped_space_is_the_same_kode() =>
        Given().When(Murni.Line("7.01.01.2.01. 0001", "Penyusunan Dokumen (baris terbungkus)", 1_000).Import(Stage.Murni, "2019-12-31"))
            .ThenRejected(containing: "duplicate kode 7.01.01.2.01.0001", kode: Dokumen, field: "kode");

    [Fact]
    public void A_line_whose_parent_is_not_in_the_sheet_is_rejected()
    {
        var orphan = new PlannedLine(K("7.01.03.2.01"), Level.Kegiatan, K("7.01.03"), "Kegiatan tanpa program", LineAttributes.None, Rp(1_000), []);
        var command = new ImportBudget(Context(Stage.Murni, "2019-12-31"), "sheet.csv", [.. Murni.Planned(), orphan], true);

        Given().When(command).ThenRejected(containing: "parent 7.01.03 of 7.01.03.2.01 is not in the sheet", kode: "7.01.03.2.01", field: "kode");
    }
}
