using System.Net;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Sessions;

/// <summary>
/// Contract §11: sessions and tokens follow the user table on every request. A removed user's token and open session
/// stop working at once (pages go back to the sign-in form); a changed role holds from the next request.
/// </summary>
public sealed class SessionRevocationTests : IAsyncLifetime
{
    private const string Unit = "Kecamatan Uji";
    private TestLedger _ledger = null!;

    public async ValueTask InitializeAsync() => _ledger = await TestLedger.StartAsync(sqlite: true);

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>As an administrator editing the table would (no command changes a role in place).</summary>
    private async Task DemoteToViewerAsync(string name)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_ledger.Folder, "ledger.db")}");
        await connection.OpenAsync(Ct);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE web_users SET role = 'viewer', unit = NULL WHERE name = $name";
        update.Parameters.AddWithValue("$name", name);
        Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
    }

    private async Task<HttpResponseMessage> ImportOnTheFormAsync(Session session)
    {
        var field = await session.AntiforgeryAsync("impor");
        var content = TestSheets.Upload(TestSheets.Good(), "anggaran.csv");
        foreach (var (name, value) in new[] { ("__af", field), ("unit", Unit), ("year", "2024"), ("stage", "murni"), ("effective", "2024-01-01") })
            content.Add(new StringContent(value), name);
        return await session.PostAsync("impor/anggaran", content);
    }

    [Fact]
    public async Task Given_a_signed_in_user_when_removed_then_their_next_page_goes_back_to_the_sign_in_form()
    {
        var session = await Session.SignInAsync(_ledger, await _ledger.TokenAsync("ani", UserRole.Planner, Unit));
        using (var before = await session.GetAsync(""))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        Assert.True(await _ledger.Users.RemoveAsync("ani", Ct));

        using var after = await session.GetAsync("impor");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/masuk", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_removed_user_when_added_again_under_the_same_name_then_the_old_session_stays_signed_out()
    {
        var session = await Session.SignInAsync(_ledger, await _ledger.TokenAsync("ani", UserRole.Viewer));
        await _ledger.Users.RemoveAsync("ani", Ct);
        await _ledger.TokenAsync("ani", UserRole.Admin);

        using var after = await session.GetAsync("");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Given_a_token_when_its_user_is_removed_then_the_next_api_request_is_401()
    {
        var api = _ledger.Client(await _ledger.TokenAsync("ani", UserRole.Viewer));
        using (var before = await api.GetAsync("api/units", Ct))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await _ledger.Users.RemoveAsync("ani", Ct);

        using var after = await api.GetAsync("api/units", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Given_a_signed_in_planner_when_demoted_to_viewer_then_the_next_import_on_the_form_is_refused_and_writes_nothing()
    {
        var session = await Session.SignInAsync(_ledger, await _ledger.TokenAsync("ani", UserRole.Planner, Unit));
        await DemoteToViewerAsync("ani");
        var head = await _ledger.Store.HeadAsync(Ct);

        using var response = await ImportOnTheFormAsync(session);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode}: {html}");
        Assert.Equal(head, await _ledger.Store.HeadAsync(Ct));
        using var page = await session.GetAsync("impor");
        Assert.Contains("Peran pembaca hanya dapat membaca", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_planners_token_when_demoted_to_viewer_then_the_next_api_import_is_403()
    {
        var api = _ledger.Client(await _ledger.TokenAsync("ani", UserRole.Planner, Unit));
        await DemoteToViewerAsync("ani");

        using var response = await api.PostAsync($"api/import/budget?unit={Uri.EscapeDataString(Unit)}&year=2024&stage=murni&effective=2024-01-01",
            TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Given_an_open_event_stream_when_its_user_is_removed_then_it_ends_instead_of_telling_of_new_events()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var viewer = _ledger.Client(await _ledger.TokenAsync("vera", UserRole.Viewer));
        using var response = await viewer.GetAsync("api/live", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        while (await reader.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith("data:", StringComparison.Ordinal))
        {
        }

        await _ledger.Users.RemoveAsync("vera", Ct);
        await Task.Delay(Ledger.Web.Live.ServerSentEvents.UserRecheck + TimeSpan.FromMilliseconds(200), Ct);
        var admin = _ledger.Client(await _ledger.TokenAsync("root", UserRole.Admin));
        using (var import = await admin.PostAsync($"api/import/budget?unit={Uri.EscapeDataString(Unit)}&year=2024&stage=murni&effective=2024-01-01",
            TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        }

        while (await reader.ReadLineAsync(timeout.Token) is { } line)
            Assert.DoesNotContain("data:", line, StringComparison.Ordinal);
    }
}
