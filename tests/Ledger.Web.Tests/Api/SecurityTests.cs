using System.Net;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Api;

/// <summary>Security headers, anti-forgery on every form POST, sign-in by token, and no secret in the logs.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async ValueTask InitializeAsync() => _ledger = await TestLedger.StartAsync(seed: Seeds.MangkutanaAsync);

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("masuk")]
    [InlineData("api/units")]
    [InlineData("static/app.js")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await _ledger.Client().GetAsync(path, Ct);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_without_a_session_redirect_to_the_sign_in_form()
    {
        foreach (var path in new[] { "", "perubahan?unit=Kecamatan%20Mangkutana&year=2020", "impor", "riwayat?unit=x&year=2020", "grafik/data" })
        {
            using var response = await _ledger.Client().GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"/{path}: {(int)response.StatusCode}");
            Assert.StartsWith("/masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_in_with_a_token_gives_an_HttpOnly_SameSite_Strict_session()
    {
        var token = await _ledger.TokenAsync("ani", UserRole.Auditor);
        var session = await Session.SignInAsync(_ledger, token);
        using var home = await session.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Kecamatan Mangkutana", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        var cookie = session.SetCookies.Single(c => c.StartsWith("ledger.sesi=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_on_the_form_is_refused()
    {
        var anonymous = Session.Anonymous(_ledger);
        var field = await anonymous.AntiforgeryAsync("masuk");
        using var response = await anonymous.PostFormAsync("masuk", new() { ["__af"] = field, ["token"] = "ldg_wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Token tidak dikenal", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_form_post_without_its_anti_forgery_token_is_refused_and_writes_nothing()
    {
        var session = await Session.SignInAsync(_ledger, await _ledger.TokenAsync("root", UserRole.Admin));
        var before = await _ledger.Store.HeadAsync(Ct);
        foreach (var path in new[] { "masuk", "keluar", "impor/anggaran", "impor/realisasi" })
        {
            var content = TestSheets.Upload(TestSheets.Good(), "anggaran.csv");
            content.Add(new StringContent("Kecamatan Uji"), "unit");
            content.Add(new StringContent("2024"), "year");
            content.Add(new StringContent("murni"), "stage");
            content.Add(new StringContent("2024-01-01"), "effective");
            content.Add(new StringContent("1"), "triwulan");
            using var response = await session.PostAsync(path, content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"/{path}: {(int)response.StatusCode}");
        }
        Assert.Equal(before, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task The_import_form_with_its_token_records_the_signed_in_user()
    {
        var session = await Session.SignInAsync(_ledger, await _ledger.TokenAsync("budi", UserRole.Planner, "Kecamatan Uji"));
        var field = await session.AntiforgeryAsync("impor");
        var content = TestSheets.Upload(TestSheets.Good(), "anggaran.csv");
        foreach (var (name, value) in new[] { ("__af", field), ("unit", "Kecamatan Uji"), ("year", "2024"), ("stage", "murni"), ("effective", "2024-01-01") })
            content.Add(new StringContent(value), name);
        using var response = await session.PostAsync("impor/anggaran", content);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("oleh budi", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_token_reaches_the_log()
    {
        var admin = await _ledger.TokenAsync("root", UserRole.Admin);
        var viewer = await _ledger.TokenAsync("vera", UserRole.Viewer);
        await Session.SignInAsync(_ledger, admin);
        (await _ledger.Client(admin).GetAsync("api/units", Ct)).Dispose();
        (await _ledger.Client(viewer).PostAsync("api/import/budget?unit=X&year=2024", TestSheets.Upload(TestSheets.Good(), "a.csv"), Ct)).Dispose();
        (await _ledger.Client(admin + "x").GetAsync("api/units", Ct)).Dispose();
        var anonymous = Session.Anonymous(_ledger);
        var field = await anonymous.AntiforgeryAsync("masuk");
        (await anonymous.PostFormAsync("masuk", new() { ["__af"] = field, ["token"] = viewer + "y" })).Dispose();

        Assert.NotEmpty(_ledger.Logs.Lines);
        foreach (var secret in new[] { admin, viewer, admin[4..], viewer[4..] })
            Assert.DoesNotContain(secret, _ledger.Logs.All, StringComparison.Ordinal);
    }
}
