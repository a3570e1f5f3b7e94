using System.Text;
using Ledger.Application.Tables.Performance;
using Ledger.Domain.Performance;
using Ledger.Projections;
using Ledger.Projections.Performance.Tables;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Writing;
using Ledger.Testing;
using NodaTime;
using static Ledger.Testing.Performance.TowutiFramework;

namespace Ledger.Application.Tests.Tables.Performance;

/// <summary>
/// The five tables of contract §9.4 on Kecamatan Towuti (seed 003, LKjIP 2023), read from a store holding its budget,
/// realisasi, Renstra, PKs and pengukuran: the figures the document prints (shared/examples/README.md).
/// </summary>
public sealed class TowutiPerformanceTablesSpecs
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<PerformanceQueries> QueriesAsync() => new(await TowutiStore.BuildAsync());

    private static string Csv(Table table)
    {
        using var stream = new MemoryStream();
        TableWriter.Write(table, TableFormat.Csv, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static decimal? R(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    [Fact]
    public async Task Given_Towuti_2023_the_IKU_table_gives_IKM_107_07_Sasaran_II_93_50_and_the_Renstra_end_target_84_1()
    {
        var table = await (await QueriesAsync()).IkuAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Permendagri86, None);

        var ikm = table.Rows.Single(r => r.Level == IkuProjection.IndikatorLevel && r.Indikator == Ikm);
        Assert.Equal((78.5m, 84.05m, 107.07m, "Sangat Tinggi", 84.1m), (ikm.Target!.Value, ikm.Realisasi!.Value, R(ikm.CapaianPct)!.Value, ikm.Predikat!, ikm.TargetAkhir!.Value));
        Assert.Equal(99.94m, R(ikm.CapaianAkhirPct));
        Assert.Equal(93.50m, R(table.Rows.Single(r => r.Level == IkuProjection.SasaranLevel && r.Sasaran == SasaranII).CapaianPct));
        Assert.Equal(
            [IkuProjection.SasaranLevel, IkuProjection.IndikatorLevel, IkuProjection.SasaranLevel, IkuProjection.IndikatorLevel, IkuProjection.RataRata],
            table.Rows.Select(r => r.Level));
        // The mean of the unrounded 107,0700… and 93,5, rounded only at the end.
        Assert.Equal(100.29m, R(table.Rows[^1].CapaianPct));
    }

    [Fact]
    public async Task Given_Towuti_2023_the_efisiensi_table_puts_each_sasaran_s_capaian_beside_the_serapan_of_its_programs()
    {
        var table = await (await QueriesAsync()).EfisiensiAsync(Unit, 2023, TimeSlice.Everything, None);

        var (i, ii, jumlah) = (table.Rows[0], table.Rows[1], table.Rows[2]);
        Assert.Equal((SasaranI, 217_267_294L, 215_686_934L, 99.27m), (i.Sasaran, i.Pagu.Rupiah, i.Realisasi.Rupiah, R(i.SerapanPct)!.Value));
        Assert.Equal((SasaranII, 3_596_481_306L, 3_452_818_934L, 96.01m), (ii.Sasaran, ii.Pagu.Rupiah, ii.Realisasi.Rupiah, R(ii.SerapanPct)!.Value));
        Assert.Equal(93.50m - 96.01m, R(R(ii.CapaianPct) - R(ii.SerapanPct)));
        Assert.Equal(("JUMLAH", 217_267_294L + 3_596_481_306L, 215_686_934L + 3_452_818_934L), (jumlah.Sasaran, jumlah.Pagu.Rupiah, jumlah.Realisasi.Rupiah));
        Assert.Equal(3_596_481_306L - 3_452_818_934L, ii.SisaAnggaran.Rupiah);
    }

    [Fact]
    public async Task Given_Towuti_s_PKs_of_2021_2023_the_perkembangan_table_gives_IKM_113_16_113_37_107_07()
    {
        var table = await (await QueriesAsync()).PerkembanganAsync(Unit, 2023, null, TimeSlice.Everything, None);

        Assert.Equal([2021, 2022, 2023], table.Years);
        Assert.Equal([113.16m, 113.37m, 107.07m], table.Rows.Single(r => r.Indikator == Ikm).Capaian.Select(R));
        Assert.Equal([null, null, 93.50m], table.Rows.Single(r => r.Indikator == CapaianProgram).Capaian.Select(R));
        Assert.StartsWith("sasaran,indikator,capaian_2021,capaian_2022,capaian_2023\n", Csv(PerkembanganSheet.From(table)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_Towuti_2023_the_predikat_table_counts_its_indicators_per_band_of_the_ordinal_scale()
    {
        var table = await (await QueriesAsync()).PredikatAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Ordinal, None);

        var csv = Csv(PredikatSheet.From(table));

        Assert.Equal(
            "sasaran,jumlah_indikator,baik_sekali,baik,cukup,kurang,sangat_kurang\n"
            + $"{SasaranI},1,1,0,0,0,0\n{SasaranII},1,0,1,0,0,0\nJUMLAH,2,1,1,0,0,0\n",
            csv.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Given_Towuti_s_Renstra_the_renstra_table_has_a_target_column_for_each_year_of_2021_2026()
    {
        var table = await (await QueriesAsync()).RenstraAsync(Unit, 2021, 2026, TimeSlice.Everything, None);

        var csv = Csv(RenstraTableSheet.From(table)).ReplaceLineEndings("\n").Split('\n');

        Assert.Equal("tingkat,tujuan,sasaran,indikator,satuan,arah,kondisi_awal,target_2021,target_2022,target_2023,target_2024,target_2025,target_2026,target_akhir", csv[0]);
        Assert.Equal($"sasaran,{TujuanI},{SasaranI},{Ikm},Nilai,naik,75.97,,77.1,78.5,80.1,81.9,84.1,84.1", csv[2]);
        Assert.Equal(4, table.Rows.Count);
    }

    [Fact]
    public async Task Given_the_pengukuran_not_yet_known_the_IKU_table_shows_the_targets_and_no_realisasi()
    {
        var table = await (await QueriesAsync()).IkuAsync(Unit, 2023, new TimeSlice(null, TowutiStore.BeforePengukuran2023), PredikatScale.Permendagri86, None);

        var indicators = table.Rows.Where(r => r.Level == IkuProjection.IndikatorLevel).ToList();
        Assert.Equal([78.5m, 100m], indicators.Select(r => r.Target));
        Assert.All(indicators, r => Assert.Equal((null, null, null), (r.Realisasi, r.CapaianPct, r.Predikat)));
        Assert.Null(table.Rows[^1].CapaianPct);
    }

    [Fact]
    public async Task Given_the_Triwulan_IV_pengukuran_the_IKU_and_efisiensi_tables_as_of_30_June_show_no_realisasi()
    {
        var queries = await QueriesAsync();
        var june = new TimeSlice(new LocalDate(2023, 6, 30), null);

        var iku = await queries.IkuAsync(Unit, 2023, june, PredikatScale.Permendagri86, None);
        var efisiensi = await queries.EfisiensiAsync(Unit, 2023, june, None);

        Assert.All(iku.Rows, r => Assert.Null(r.Realisasi));
        Assert.All(efisiensi.Rows, r => Assert.Equal(0L, r.Realisasi.Rupiah));
        Assert.Equal(217_267_294L, efisiensi.Rows[0].Pagu.Rupiah);
    }

    [Fact]
    public async Task Given_Towuti_2023_the_IKU_and_efisiensi_tables_write_the_contract_s_columns_in_csv()
    {
        var queries = await QueriesAsync();

        Golden.Verify("Tables/Performance/Golden/towuti-2023-iku.csv",
            Csv(IkuSheet.From(await queries.IkuAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Permendagri86, None))));
        Golden.Verify("Tables/Performance/Golden/towuti-2023-efisiensi.csv",
            Csv(EfisiensiSheet.From(await queries.EfisiensiAsync(Unit, 2023, TimeSlice.Everything, None))));
    }

    [Fact]
    public async Task Given_Towuti_2023_the_IKU_table_in_md_reads_the_Indonesian_way()
    {
        var queries = await QueriesAsync();
        using var stream = new MemoryStream();

        TableWriter.Write(IkuSheet.From(await queries.IkuAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Lkjip, None)), TableFormat.Md, stream);

        Golden.Verify("Tables/Performance/Golden/towuti-2023-iku.md", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task Given_a_unit_s_own_scale_sheet_the_predikat_table_has_a_column_for_each_of_its_bands()
    {
        var sheet = SheetSource.FromBytes(Encoding.UTF8.GetBytes("lebih_dari,predikat\n100,Sangat Baik\n90,Baik\n,Perlu Perbaikan\n"), "skala-towuti.csv").Value!;
        var scale = PredikatScaleSheetParser.Read(sheet!).Value!;

        var table = await (await QueriesAsync()).PredikatAsync(Unit, 2023, TimeSlice.Everything, scale, None);

        Assert.Equal(
            "sasaran,jumlah_indikator,sangat_baik,baik,perlu_perbaikan\n" + $"{SasaranI},1,1,0,0\n{SasaranII},1,0,1,0\nJUMLAH,2,1,1,0\n",
            Csv(PredikatSheet.From(table)).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(TableFormat.Md)]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Json)]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Html)]
    public async Task Given_Towuti_2023_each_of_the_five_tables_is_written_in_every_format(TableFormat format)
    {
        var queries = await QueriesAsync();
        Table[] tables =
        [
            IkuSheet.From(await queries.IkuAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Permendagri86, None)),
            EfisiensiSheet.From(await queries.EfisiensiAsync(Unit, 2023, TimeSlice.Everything, None)),
            PerkembanganSheet.From(await queries.PerkembanganAsync(Unit, 2023, 2021, TimeSlice.Everything, None)),
            PredikatSheet.From(await queries.PredikatAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Lkjip, None)),
            RenstraTableSheet.From(await queries.RenstraAsync(Unit, 2021, 2026, TimeSlice.Everything, None)),
        ];

        foreach (var table in tables)
        {
            using var stream = new MemoryStream();
            TableWriter.Write(table, format, stream);
            Assert.True(stream.Length > 0, table.Title);
        }
    }

    [Fact]
    public async Task Given_a_PK_target_revised_in_July_the_IKU_table_as_of_30_June_shows_the_old_target_and_after_it_the_new()
    {
        var journal = await TowutiStore.BuildAsync();
        var revised = Pk(2023, [Pk2023Rows[0] with { Target = new Domain.Values.Quantity(80m, "Nilai") }, Pk2023Rows[1]],
            effective: "2023-07-01", recorded: "2024-02-01T00:00:00Z", reason: "PK perubahan") with
        { Renstras = [], BudgetKodes = new HashSet<Domain.Values.Kode>() };
        Assert.IsType<Journal.Writing.WriteOutcome.Accepted>(await new Journal.Writing.DirectPerformanceWriter(journal).WriteAsync(revised, None));
        var queries = new PerformanceQueries(journal);

        var before = await queries.IkuAsync(Unit, 2023, new TimeSlice(new LocalDate(2023, 6, 30), null), PredikatScale.Permendagri86, None);
        var after = await queries.IkuAsync(Unit, 2023, TimeSlice.Everything, PredikatScale.Permendagri86, None);

        Assert.Equal(78.5m, before.Rows.Single(r => r.Indikator == Ikm).Target);
        Assert.Equal((80m, 105.06m), (after.Rows.Single(r => r.Indikator == Ikm).Target!.Value, R(after.Rows.Single(r => r.Indikator == Ikm).CapaianPct)!.Value));
    }

    [Fact]
    public async Task Given_a_store_without_the_year_s_PK_the_tables_are_refused_in_one_line()
    {
        var queries = await QueriesAsync();

        var refused = await Assert.ThrowsAsync<InputException>(() => queries.IkuAsync(Unit, 2024, TimeSlice.Everything, PredikatScale.Permendagri86, None));
        Assert.Equal("no PK for Kecamatan Towuti 2024 in this store: import one first (ledger import pk)", refused.Message);
    }
}
