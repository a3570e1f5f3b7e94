using System.Net;
using System.Text.Json;
using Ledger.Web.Tests.Support;

namespace Ledger.Web.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json: every API route, bearer security, no page routes.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async ValueTask InitializeAsync() => _ledger = await TestLedger.StartAsync();

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task The_document_lists_every_api_route_with_bearer_security_and_no_page()
    {
        using var response = await _ledger.Client().GetAsync("openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["/api/export", "/api/history", "/api/import/budget", "/api/import/realisasi", "/api/live", "/api/me",
             "/api/tables/capaian", "/api/tables/evaluasi", "/api/tables/perubahan", "/api/units"],
            paths.Order(StringComparer.Ordinal));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        var budget = document.GetProperty("paths").GetProperty("/api/import/budget").GetProperty("post");
        Assert.True(budget.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Equal(["unit", "year", "stage", "effective", "basis", "reason"],
            budget.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(budget.GetProperty("responses").TryGetProperty("401", out _));
    }
}
