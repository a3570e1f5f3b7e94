using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ledger.Sheets.Tests.Support;
using Ledger.Web.Importing;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Api;

/// <summary>
/// Every limit a clean refusal (issue 11, findings 8 and 9): bodies bounded before sign-in, uploads bounded by what
/// they expand to, one sheet per import, the same text limits on every path, redirects that never carry the Host
/// header, and a bounded number of imports at once.
/// </summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private const string Budget = "api/import/budget?unit=Kecamatan%20Uji&year=2024&stage=murni&effective=2023-12-31";
    private TestLedger _ledger = null!;
    private HttpClient _planner = null!;

    public async ValueTask InitializeAsync()
    {
        _ledger = await TestLedger.StartAsync();
        _planner = _ledger.Client(await _ledger.TokenAsync("ani", UserRole.Planner, "Kecamatan Uji"));
    }

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error").GetString()!;

    [Fact]
    public async Task Given_a_50_MB_sign_in_post_without_a_session_then_it_is_413_before_the_form_is_read()
    {
        var body = new byte[50 * 1024 * 1024];
        "token="u8.CopyTo(body);
        body.AsSpan(6).Fill((byte)'a');
        using var request = new HttpRequestMessage(HttpMethod.Post, "masuk") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        // As curl sends a large body: the server answers before a byte of it is sent, and closes the connection.
        request.Headers.ExpectContinue = true;

        using var response = await _ledger.Client().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("terlalu besar", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_forged_Host_header_when_sent_to_sign_in_then_the_redirect_stays_on_this_site()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "impor");
        request.Headers.Host = "evil.example";

        using var response = await _ledger.Client().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, location.OriginalString);
        Assert.Equal("/masuk?ReturnUrl=%2Fimpor", location.OriginalString);
    }

    [Fact]
    public async Task Given_two_file_parts_when_imported_then_400_naming_both_and_nothing_is_written()
    {
        var content = TestSheets.Upload(TestSheets.Good(), "anggaran.csv");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(TestSheets.Good(99_000))), "file", "lain.csv");
        var head = await _ledger.Store.HeadAsync(Ct);

        using var response = await _planner.PostAsync(Budget, content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the form holds 2 files ('file', 'file'); send exactly one sheet, as the field 'file'", await ErrorAsync(response));
        Assert.Equal(head, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Given_a_5000_character_basis_when_imported_over_the_api_then_400_as_the_form_limits_it_and_nothing_is_written()
    {
        var head = await _ledger.Store.HeadAsync(Ct);

        using var response = await _planner.PostAsync(Budget + "&basis=" + new string('P', 5_000), TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("basis is 5000 characters long; at most 300", await ErrorAsync(response));
        Assert.Equal(head, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Given_an_xlsx_that_expands_far_beyond_its_size_when_uploaded_then_400_with_one_message_and_nothing_is_written()
    {
        var xlsx = RawWorkbooks.Build(w =>
        {
            RawWorkbooks.InlineRow(w, 1, "kode", "uraian", "pagu");
            for (var row = 2; row <= 90_000; row++)
                RawWorkbooks.InlineRow(w, row, $"1.{row}", new string('x', 2_000), "1000");
        });
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var head = await _ledger.Store.HeadAsync(Ct);

        using var response = await _planner.PostAsync(Budget, new MultipartFormDataContent { { file, "file", "bom.xlsx" } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("bom.xlsx:0:0 its part xl/worksheets/sheet1.xml expands to more than 64 MiB once unzipped", await ErrorAsync(response), StringComparison.Ordinal);
        Assert.Equal(head, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task Given_every_import_slot_taken_and_the_queue_full_when_another_import_comes_then_it_is_refused_at_once()
    {
        var slots = new ImportSlots(running: 1, waiting: 1, maxWait: TimeSpan.FromSeconds(30));
        using var running = await slots.EnterAsync(Ct);
        var waiting = slots.EnterAsync(Ct);

        await Assert.ThrowsAsync<ImportsBusyException>(() => slots.EnterAsync(Ct));

        running.Dispose();
        using var next = await waiting;
    }

    [Fact]
    public async Task Given_a_slot_that_does_not_come_free_in_time_then_the_waiting_import_is_refused()
    {
        var slots = new ImportSlots(running: 1, waiting: 4, maxWait: TimeSpan.FromMilliseconds(50));
        using var running = await slots.EnterAsync(Ct);

        await Assert.ThrowsAsync<ImportsBusyException>(() => slots.EnterAsync(Ct));
    }
}
