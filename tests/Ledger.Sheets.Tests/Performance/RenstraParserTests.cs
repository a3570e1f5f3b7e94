using Ledger.Domain.Values;
using Ledger.Sheets.Performance;

namespace Ledger.Sheets.Tests.Performance;

public class RenstraParserTests
{
    [Fact]
    public void Given_the_towuti_renstra_then_four_indicators_with_their_tujuan_sasaran_and_yearly_targets_are_read()
    {
        var sheet = RenstraSheetParser.Parse(PerformanceSheets.SampleSheet("towuti-renstra-2021-2026.csv"), 2021, 2026).ValueOrThrow();

        Assert.Equal([2022, 2023, 2024, 2025, 2026], sheet.Years);
        Assert.Equal([RenstraTingkat.Tujuan, RenstraTingkat.Sasaran, RenstraTingkat.Tujuan, RenstraTingkat.Sasaran], sheet.Rows.Select(r => r.Tingkat));
        var ikm = sheet.Rows[1];
        Assert.Equal("Meningkatkan kapasitas pelayanan publik dalam penyelenggaraan urusan pemerintahan kecamatan Towuti", ikm.Tujuan);
        Assert.Equal("Meningkatnya kemampuan pelayanan publik penyelenggaraan urusan pemerintahan kecamatan Towuti", ikm.Sasaran);
        Assert.Equal("Indeks Kepuasan Masyarakat", ikm.Indikator);
        Assert.Equal(("Nilai", Arah.Naik, true), (ikm.Satuan, ikm.Arah, ikm.Iku));
        Assert.Equal(new Quantity(75.97m, ""), ikm.KondisiAwal);
        Assert.Equal(new Quantity(78.5m, ""), ikm.TargetOf(2023));
        Assert.Equal(new Quantity(84.1m, ""), ikm.TargetAkhir);
        Assert.Null(ikm.TargetOf(2021));
        Assert.Null(sheet.Rows[0].Sasaran);
        Assert.False(sheet.Rows[0].Iku);
        Assert.Equal(new Quantity(0.62m, ""), sheet.Rows[0].KondisiAwal);
        Assert.Equal("Meningkatkan akuntabilitas kinerja dan keuangan penyelenggaraan pemerintahan daerah tingkat kecamatan Towuti",
            sheet.Rows[3].Tujuan);
        Assert.Equal([2, 3, 4, 5], sheet.Rows.Select(r => r.Row));
    }

    [Fact]
    public void Given_empty_tujuan_and_sasaran_cells_then_they_repeat_the_rows_above_within_the_same_tujuan()
    {
        var sheet = PerformanceSheets.Renstra("""
            Tujuan,Sasaran,Tingkat,Indikator,Target_2022
            T1,S1,,I1,1
            ,,,I2,2
            ,,TUJUAN,I3,3
            ,,sasaran,I4,4
            T2,S2,,I5,5
            """).ValueOrThrow();

        Assert.Equal(["T1", "T1", "T1", "T1", "T2"], sheet.Rows.Select(r => r.Tujuan));
        Assert.Equal(["S1", "S1", null, "S1", "S2"], sheet.Rows.Select(r => r.Sasaran));
    }

    [Fact]
    public void Given_no_arah_iku_or_targets_then_the_indicator_is_naik_not_iku_and_without_targets()
    {
        var row = PerformanceSheets.Renstra("tujuan,sasaran,indikator\nT,S,I\n").ValueOrThrow().Rows.Single();

        Assert.Equal((Arah.Naik, false, null, null), (row.Arah, row.Iku, row.KondisiAwal, row.TargetAkhir));
        Assert.Empty(row.Targets);
    }

    [Fact]
    public void Given_arah_turun_and_iku_ya_in_any_case_then_they_are_read() =>
        Assert.Equal((Arah.Turun, true), PerformanceSheets.Renstra("tujuan,sasaran,indikator,arah,iku\nT,S,I,TURUN,Ya\n").ValueOrThrow()
            .Rows.Select(r => (r.Arah, r.Iku)).Single());
}
