using System.Net;
using System.Text.RegularExpressions;
using Ledger.Web.Tests.Support;
using Ledger.Web.Users;

namespace Ledger.Web.Tests.Api;

/// <summary>/api/live: a checkpoint on connecting, then a newer one whenever events land, from any writer.</summary>
public sealed partial class LiveApiTests : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async ValueTask InitializeAsync() => _ledger = await TestLedger.StartAsync(sqlite: true, seed: Seeds.MaliliAsync);

    public async ValueTask DisposeAsync() => await _ledger.DisposeAsync();

    [GeneratedRegex("^data: \\{\"position\":(\\d+)\\}$")]
    private static partial Regex Data();

    private static async Task<long> NextCheckpointAsync(StreamReader reader, CancellationToken ct)
    {
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (Data().Match(line) is { Success: true } match)
                return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        throw new EndOfStreamException("the event stream ended");
    }

    [Fact]
    public async Task Events_appended_by_another_writer_of_the_same_file_arrive_as_a_newer_checkpoint()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var client = _ledger.Client(await _ledger.TokenAsync("vera", UserRole.Viewer));
        using var response = await client.GetAsync("api/live", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await NextCheckpointAsync(reader, timeout.Token);
        Assert.Equal((await _ledger.Store.HeadAsync(timeout.Token)).Value, first);

        // The CLI, in this process but with its own connection to the file: as another process or node would write.
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await global::Ledger.Cli.LedgerCli.RunAsync(
            ["import", "budget", Repo.Sample("kalaena-2021-murni.csv"), "--store", _ledger.StoreUri, "--unit", Seeds.Kalaena,
             "--year", "2021", "--stage", "murni", "--effective", "2020-12-31"], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());

        // Checkpoints are sampled while the projection folds, so several may come; each newer, the last at the head.
        var head = (await _ledger.Store.HeadAsync(timeout.Token)).Value;
        var seen = first;
        while (seen < head)
        {
            var next = await NextCheckpointAsync(reader, timeout.Token);
            Assert.True(next > seen, $"checkpoint {next} after {seen}");
            seen = next;
        }
        Assert.Equal(head, seen);
    }
}
