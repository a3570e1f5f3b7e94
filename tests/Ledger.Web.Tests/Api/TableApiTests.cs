using System.Net;
using System.Text.Json;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Api;

/// <summary>The tables, history and export of the API (contract §8) on seeds 000, 002 and 003.</summary>
public sealed class TableApiTests : IAsyncLifetime
{
    private const string Mangkutana = "unit=Kecamatan%20Mangkutana&year=2020";
    private TestLedger _ledger = null!;
    private HttpClient _api = null!;

    public async ValueTask InitializeAsync()
    {
        _ledger = await TestLedger.StartAsync(seed: async store =>
        {
            await Seeds.MangkutanaAsync(store);
            await Seeds.TowutiAsync(store);
            await Seeds.MaliliAsync(store);
        });
        _api = _ledger.Client(await _ledger.TokenAsync("vera", UserRole.Viewer));
    }

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var response = await _api.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Jumlah(JsonElement table) => table.GetProperty("rows").EnumerateArray().Last();

    [Fact]
    public async Task Units_lists_every_unit_with_its_years()
    {
        var units = await JsonAsync("api/units");
        Assert.Equal(
            ["Kecamatan Malili:2021", "Kecamatan Mangkutana:2020", "Kecamatan Towuti:2023"],
            units.EnumerateArray().Select(u => $"{u.GetProperty("unit").GetString()}:{string.Join(',', u.GetProperty("years").EnumerateArray())}"));
    }

    [Fact]
    public async Task Seed_000_perubahan_JUMLAH_is_905_397_900_then_569_287_900_a_cut_of_336_110_000()
    {
        var jumlah = Jumlah(await JsonAsync($"api/tables/perubahan?{Mangkutana}"));
        Assert.Equal("JUMLAH", jumlah.GetProperty("kode").GetString());
        Assert.Equal(905_397_900, jumlah.GetProperty("pagu_sebelum").GetInt64());
        Assert.Equal(569_287_900, jumlah.GetProperty("pagu_setelah").GetInt64());
        Assert.Equal(-336_110_000, jumlah.GetProperty("perubahan").GetInt64());
    }

    [Theory]
    [InlineData("asOf=2020-06-30")]
    [InlineData("asKnownAt=2020-08-01T00:00:00Z")]
    [InlineData("setelah=murni")]
    public async Task Before_the_perubahan_is_in_force_or_known_the_table_shows_no_change(string slice)
    {
        var jumlah = Jumlah(await JsonAsync($"api/tables/perubahan?{Mangkutana}&{slice}"));
        Assert.Equal(905_397_900, jumlah.GetProperty("pagu_setelah").GetInt64());
        Assert.Equal(0, jumlah.GetProperty("perubahan").GetInt64());
    }

    [Theory]
    [InlineData("csv", "text/csv", "kode,level,uraian,pagu_sebelum,pagu_setelah,perubahan,indikator,target_sebelum,target_setelah")]
    [InlineData("html", "text/html", "<html lang=\"id\">")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    public async Task Format_returns_the_table_as_that_file(string format, string mediaType, string start)
    {
        using var response = await _api.GetAsync($"api/tables/perubahan?{Mangkutana}&format={format}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"perubahan-kecamatan-mangkutana-2020.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(start, text, StringComparison.Ordinal);
        if (format == "csv")
            Assert.EndsWith("JUMLAH,,,905397900,569287900,-336110000,,,", text.TrimEnd());
    }

    [Fact]
    public async Task Capaian_rows_carry_the_contract_columns_with_predikat_and_percentages_as_numbers()
    {
        var table = await JsonAsync("api/tables/capaian?unit=Kecamatan%20Towuti&year=2023");
        var program = table.GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("kode").GetString() == "02" && r.GetProperty("indikator").GetString() == "Indeks Kepuasan Masyarakat");
        Assert.Equal(
            ["kode", "level", "uraian", "indikator", "target", "realisasi_kinerja", "capaian_pct", "predikat", "pagu", "realisasi", "serapan_pct"],
            program.EnumerateObject().Select(p => p.Name));
        Assert.Equal(107.07m, program.GetProperty("capaian_pct").GetDecimal());
        Assert.Equal("Sangat Tinggi", program.GetProperty("predikat").GetString());
        var jumlah = Jumlah(table);
        Assert.Equal(3_813_748_600, jumlah.GetProperty("pagu").GetInt64());
        Assert.Equal(96.19m, jumlah.GetProperty("serapan_pct").GetDecimal());
    }

    [Fact]
    public async Task Evaluasi_triwulan_I_of_seed_002_reproduces_Tabel_2_1()
    {
        var table = await JsonAsync("api/tables/evaluasi?unit=Kecamatan%20Malili&year=2021&triwulan=1");
        var jumlah = Jumlah(table);
        Assert.Equal(4_165_047_672, jumlah.GetProperty("target_rp").GetInt64());
        Assert.Equal(603_541_811, jumlah.GetProperty("realisasi_rp").GetInt64());
        Assert.Equal(14.49m, jumlah.GetProperty("capaian_rp_pct").GetDecimal());
    }

    [Fact]
    public async Task History_of_a_line_gives_every_event_with_stage_basis_reason_dates_and_actor()
    {
        var rows = (await JsonAsync($"api/history?{Mangkutana}&kode=0.00.4.36.08.05.06")).GetProperty("rows").EnumerateArray().ToList();
        var revised = rows.Single(r => r.GetProperty("peristiwa").GetString() == "PaguRevised");
        Assert.Equal("2020-08-05", revised.GetProperty("berlaku").GetString());
        Assert.Equal("2020-08-05T10:00:00Z", revised.GetProperty("tercatat").GetString());
        Assert.Equal("perubahan", revised.GetProperty("tahap").GetString());
        Assert.Equal("Renja-P Kecamatan Mangkutana 2020", revised.GetProperty("dasar_hukum").GetString());
        Assert.Equal("penanganan Covid-19", revised.GetProperty("alasan").GetString());
        Assert.Equal("seed", revised.GetProperty("oleh").GetString());
        Assert.Contains(rows, r => r.GetProperty("peristiwa").GetString() == "PaguAllocated");
    }

    [Fact]
    public async Task Export_is_one_canonical_event_a_line_for_the_unit_year_asked()
    {
        var text = await _api.GetStringAsync($"api/export?{Mangkutana}", TestContext.Current.CancellationToken);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("{\"export\":{\"events\":224,\"sha256\":\"", lines[^1]);
        lines = lines[..^1];
        Assert.Equal(172 + 52, lines.Length);
        Assert.All(lines, line => Assert.Equal("Kecamatan Mangkutana", JsonDocument.Parse(line).RootElement.GetProperty("unit").GetString()));
    }

    [Theory]
    [InlineData("api/tables/perubahan?unit=Kecamatan%20Mangkutana&year=20x", "year '20x' is not a fiscal year")]
    [InlineData("api/tables/perubahan?year=2020", "unit is missing")]
    [InlineData("api/tables/perubahan?unit=Kecamatan%20Mangkutana&year=2020&asOf=30-06-2020", "asOf '30-06-2020' is not a date")]
    [InlineData("api/tables/capaian?unit=Kecamatan%20Nowhere&year=2020", "no budget for Kecamatan Nowhere 2020")]
    [InlineData("api/history?unit=Kecamatan%20Mangkutana&year=2020&kode=9.99", "kode 9.99 has no events")]
    public async Task Bad_queries_get_400_with_an_error_that_says_what_to_write(string url, string error)
    {
        using var response = await _api.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Contains(error, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_as_known_at_without_a_zone_when_a_table_is_asked_then_it_is_400_as_the_CLI_refuses_it()
    {
        using var response = await _api.GetAsync(
            $"api/tables/perubahan?{Mangkutana}&asKnownAt=2020-08-05T10:00:00", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(
            "asKnownAt '2020-08-05T10:00:00' is not an instant: write ISO-8601 UTC such as 2020-08-05T10:00:00Z",
            body.GetProperty("error").GetString());
    }
}
