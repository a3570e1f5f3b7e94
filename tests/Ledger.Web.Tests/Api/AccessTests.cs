using System.Net;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Web.Tests.Api;

/// <summary>
/// Roles and tokens on every API route, found by walking the server's own endpoints (a route added later is walked
/// too): 401 without a token or with an unknown one, 403 for a viewer or auditor writing, 403 for a planner writing
/// another unit, and through for an admin.
/// </summary>
public sealed class AccessTests : IAsyncLifetime
{
    private const string OwnUnit = "Kecamatan Uji";
    private TestLedger _ledger = null!;

    public async ValueTask InitializeAsync() => _ledger = await TestLedger.StartAsync(seed: Seeds.MaliliAsync);

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every API route: method and path.</summary>
    private IReadOnlyList<(string Method, string Path)> ApiRoutes() =>
        _ledger.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .OrderBy(r => r.Item2, StringComparer.Ordinal)
            .ToList();

    private IEnumerable<string> WriteRoutes() => ApiRoutes().Where(r => r.Method != HttpMethods.Get).Select(r => r.Path);

    private static HttpRequestMessage Request(string method, string path, string unit)
    {
        var query = $"?unit={Uri.EscapeDataString(unit)}&year=2021&stage=murni&effective=2020-12-31&triwulan=1";
        var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/') + query);
        if (method != HttpMethods.Get)
            request.Content = TestSheets.Upload(TestSheets.Good(), "anggaran.csv");
        return request;
    }

    private async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path, string unit = OwnUnit)
    {
        using var request = Request(method, path, unit);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        return response.StatusCode;
    }

    [Fact]
    public void The_walk_finds_every_route_of_the_contract()
    {
        var paths = ApiRoutes().Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Contains("POST /api/import/budget", paths);
        Assert.Contains("POST /api/import/realisasi", paths);
        Assert.Contains("GET /api/units", paths);
        Assert.Contains("GET /api/tables/perubahan", paths);
        Assert.Contains("GET /api/tables/capaian", paths);
        Assert.Contains("GET /api/tables/evaluasi", paths);
        Assert.Equal(2, WriteRoutes().Count());
    }

    [Fact]
    public async Task Every_api_route_is_401_without_a_token_or_with_an_unknown_one()
    {
        var anonymous = _ledger.Client();
        var stranger = _ledger.Client("ldg_" + new string('A', 43));
        foreach (var (method, path) in ApiRoutes())
        {
            Assert.True(await SendAsync(anonymous, method, path) == HttpStatusCode.Unauthorized, $"{method} {path} without a token");
            Assert.True(await SendAsync(stranger, method, path) == HttpStatusCode.Unauthorized, $"{method} {path} with an unknown token");
        }
    }

    [Theory]
    [InlineData(UserRole.Viewer)]
    [InlineData(UserRole.Auditor)]
    public async Task Readers_read_every_route_but_every_write_is_403(UserRole role)
    {
        var reader = _ledger.Client(await _ledger.TokenAsync("r", role));
        var before = await _ledger.Store.HeadAsync(Ct);
        foreach (var (method, path) in ApiRoutes())
        {
            var status = method == HttpMethods.Get && path.EndsWith("/live", StringComparison.Ordinal)
                ? HttpStatusCode.OK
                : await SendAsync(reader, method, path, "Kecamatan Malili");
            var expected = method == HttpMethods.Get ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(status == expected, $"{role} {method} {path}: {status}");
        }
        Assert.Equal(before, await _ledger.Store.HeadAsync(Ct));
    }

    [Fact]
    public async Task A_planner_writes_their_own_unit_and_every_write_to_another_unit_is_403()
    {
        var planner = _ledger.Client(await _ledger.TokenAsync("ani", UserRole.Planner, OwnUnit));
        var before = await _ledger.Store.HeadAsync(Ct);
        foreach (var path in WriteRoutes())
            Assert.True(await SendAsync(planner, HttpMethods.Post, path, "Kecamatan Malili") == HttpStatusCode.Forbidden, $"planner POST {path} for another unit");
        Assert.Equal(before, await _ledger.Store.HeadAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(planner, HttpMethods.Post, "/api/import/budget"));
    }

    [Fact]
    public async Task An_admin_writes_any_unit()
    {
        var admin = _ledger.Client(await _ledger.TokenAsync("root", UserRole.Admin));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(admin, HttpMethods.Post, "/api/import/budget", "Kecamatan Lain"));
    }

    [Fact]
    public async Task A_browser_session_cookie_does_not_open_the_api()
    {
        var session = await Session.SignInAsync(_ledger, await _ledger.TokenAsync("s", UserRole.Admin));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/units");
        session.Apply(request);
        using var response = await _ledger.Client().SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
