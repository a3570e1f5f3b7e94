using System.Net;
using System.Text.RegularExpressions;

namespace Ledger.Web.Tests.Support;

/// <summary>A browser session without a browser: signs in on the form and keeps the cookies it is given.</summary>
public sealed partial class Session
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly HttpClient _client;

    private Session(HttpClient client) => _client = client;

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Every Set-Cookie header received, as sent.</summary>
    public List<string> SetCookies { get; } = [];

    /// <summary>A session that has not signed in.</summary>
    public static Session Anonymous(TestLedger ledger) => new(ledger.Client());

    public static async Task<Session> SignInAsync(TestLedger ledger, string token)
    {
        var session = new Session(ledger.Client());
        var field = await session.AntiforgeryAsync("masuk");
        using var response = await session.PostFormAsync("masuk", new() { ["__af"] = field, ["token"] = token, ["returnUrl"] = "/" });
        if (response.StatusCode != HttpStatusCode.Redirect || !session._cookies.ContainsKey("ledger.sesi"))
            throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
        return session;
    }

    /// <summary>The anti-forgery field of the first form on a page.</summary>
    public async Task<string> AntiforgeryAsync(string path)
    {
        using var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
    }

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        return await SendAsync(request);
    }

    public void Apply(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        Apply(request);
        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                SetCookies.Add(cookie);
                var pair = cookie.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                _cookies[pair[..equals]] = pair[(equals + 1)..];
            }
        }
        return response;
    }
}
