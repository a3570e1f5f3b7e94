using System.Net;
using System.Text.Json;
using Ledger.Store;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Api;

/// <summary>Imports over HTTP: the CLI's write path, all or nothing, errors naming row and column, the actor recorded.</summary>
public sealed class ImportApiTests : IAsyncLifetime
{
    private const string Budget = "api/import/budget?unit=Kecamatan%20Uji&year=2024&stage=murni&effective=2023-12-31&basis=Perbup%20No.%201";
    private TestLedger _ledger = null!;
    private HttpClient _planner = null!;

    public async ValueTask InitializeAsync()
    {
        _ledger = await TestLedger.StartAsync(seed: Seeds.MaliliAsync);
        _planner = _ledger.Client(await _ledger.TokenAsync("ani", UserRole.Planner, "Kecamatan Uji"));
    }

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task A_planner_imports_a_budget_for_their_unit_and_is_recorded_as_its_actor()
    {
        using var response = await _planner.PostAsync(Budget, TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct);
        var outcome = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("anggaran.csv", outcome.GetProperty("file").GetString());
        Assert.True(outcome.GetProperty("appended").GetInt32() > 0);
        Assert.Equal("ani", outcome.GetProperty("actor").GetString());

        var history = JsonDocument.Parse(await _planner.GetStringAsync("api/history?unit=Kecamatan%20Uji&year=2024", Ct)).RootElement;
        Assert.All(history.GetProperty("rows").EnumerateArray(), row => Assert.Equal("ani", row.GetProperty("oleh").GetString()));
        Assert.Contains(history.GetProperty("rows").EnumerateArray(), row => row.GetProperty("peristiwa").GetString() == "BudgetSheetImported");
        var units = await _planner.GetStringAsync("api/units", Ct);
        Assert.Contains("Kecamatan Uji", units, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_sheet_again_appends_nothing()
    {
        (await _planner.PostAsync(Budget, TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct)).Dispose();
        using var again = await _planner.PostAsync(Budget, TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct);
        Assert.Equal(0, (await BodyAsync(again)).GetProperty("appended").GetInt32());
    }

    [Fact]
    public async Task A_bad_sheet_is_400_naming_file_row_and_column_and_leaves_the_journal_as_it_was()
    {
        var before = await _ledger.Store.HeadAsync(Ct);
        using var response = await _planner.PostAsync(Budget, TestSheets.Upload(TestSheets.Bad, "bad.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TestSheets.BadError, (await BodyAsync(response)).GetProperty("error").GetString());
        Assert.Equal(before, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_sheet_making_more_events_than_one_append_holds_is_400_with_the_count_and_nothing_is_written()
    {
        var before = await _ledger.Store.HeadAsync(Ct);
        using var response = await _planner.PostAsync(Budget, TestSheets.Upload(TestSheets.Generated(60_000), "besar.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await BodyAsync(response)).GetProperty("error").GetString();
        Assert.StartsWith("besar.csv:0:0 this would append ", error, StringComparison.Ordinal);
        Assert.Contains("more than one append holds (100.000", error, StringComparison.Ordinal);
        Assert.Equal(before, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_pergeseran_that_changes_the_total_is_refused_by_the_decider_and_nothing_is_written()
    {
        var admin = _ledger.Client(await _ledger.TokenAsync("root", UserRole.Admin));
        var url = "api/import/budget?unit=Kecamatan%20Malili&year=2021&stage=pergeseran&effective=2021-03-01";
        var before = await _ledger.Store.HeadAsync(Ct);
        using var response = await admin.PostAsync(url, TestSheets.Upload(TestSheets.Good(), "geser.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await BodyAsync(response)).GetProperty("error").GetString();
        Assert.StartsWith("geser.csv:", error, StringComparison.Ordinal);
        Assert.Contains("balance", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_realisasi_sheet_is_imported_for_a_triwulan()
    {
        var admin = _ledger.Client(await _ledger.TokenAsync("root", UserRole.Admin));
        var content = TestSheets.Upload(File.ReadAllText(Repo.Sample("malili-2021-realisasi-tw1.csv")), "tw2.csv");
        using var response = await admin.PostAsync("api/import/realisasi?unit=Kecamatan%20Malili&year=2021&triwulan=2", content, Ct);
        var outcome = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("realisasi s.d. 2021-06-30", outcome.GetProperty("what").GetString());
    }

    [Theory]
    [InlineData("api/import/budget?unit=Kecamatan%20Uji&year=2024&effective=2023-12-31", "stage is missing")]
    [InlineData("api/import/budget?unit=Kecamatan%20Uji&year=2024&stage=awal&effective=2023-12-31", "stage 'awal' is not a stage")]
    [InlineData("api/import/realisasi?unit=Kecamatan%20Uji&year=2024&triwulan=5", "triwulan 5: a triwulan is 1, 2, 3 or 4")]
    // As the CLI refuses --triwulan with --period-end (the shared parser): both given is the first thing wrong.
    [InlineData("api/import/realisasi?unit=Kecamatan%20Uji&year=2024&triwulan=5&periodEnd=2024-06-30", "give triwulan or periodEnd, not both")]
    public async Task Missing_or_wrong_parameters_are_400_with_what_to_write(string url, string error)
    {
        using var response = await _planner.PostAsync(url, TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, (await BodyAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_sheet_is_400()
    {
        using var response = await _planner.PostAsync(Budget, new MultipartFormDataContent { { new StringContent("x"), "other" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'file'", (await BodyAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
