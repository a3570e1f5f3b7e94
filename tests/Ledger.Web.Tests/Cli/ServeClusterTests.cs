using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Ledger.Cli;
using Ledger.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Cli;

/// <summary><c>ledger serve --cluster</c>: the web server as a node of the write cluster, here a cluster of one.</summary>
public sealed class ServeClusterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-serve-cluster-").FullName;

    private string Store => "sqlite:" + Path.Combine(_folder, "ledger.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Given_a_node_seeded_by_itself_when_a_budget_is_imported_through_the_api_then_health_counts_one_member_and_the_table_shows_it()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await LedgerCli.RunAsync(["user", "add", "root", "--role", "admin", "--store", Store], stdout, new StringWriter()));
        var token = stdout.ToString().Trim();
        var akka = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        foreach (var arg in new[] { Repo.LedgerDll, "serve", "--port", "0", "--store", Store, "--cluster", "--akka-port", $"{akka}", "--seed", $"127.0.0.1:{akka}" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var line = await process.StandardOutput.ReadLineAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), Ct);
            Assert.NotNull(line);
            Assert.Contains($"; cluster node 127.0.0.1:{akka};", line, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(line["ledger serve: ".Length..].Split(' ')[0]) };

            var health = await UpAsync(client);
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            using var import = await client.PostAsync(
                "api/import/budget?unit=Kecamatan%20Uji&year=2024&stage=murni&effective=2023-12-31", TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), Ct);
            var outcome = JsonDocument.Parse(await import.Content.ReadAsStringAsync(Ct)).RootElement;
            var table = JsonDocument.Parse(await client.GetStringAsync("api/tables/perubahan?unit=Kecamatan%20Uji&year=2024", Ct)).RootElement;

            Assert.Equal("up members=1 unreachable=0\n", health);
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
            Assert.True(outcome.GetProperty("appended").GetInt32() > 0);
            var rows = table.GetProperty("rows").EnumerateArray().ToList();
            Assert.Contains(rows, row => row.GetProperty("kode").GetString() == "JUMLAH");
            Assert.True(rows.Count > 1);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("--seed", "127.0.0.1:2552", "--seed needs --cluster")]
    [InlineData("--akka-port", "2552", "--akka-port needs --cluster")]
    public async Task A_cluster_option_without_cluster_is_a_usage_error(string option, string value, string error)
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await LedgerCli.RunAsync(["serve", option, value, "--store", Store], new StringWriter(), stderr));
        Assert.StartsWith($"error: {error}", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seed_that_is_not_host_and_port_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await LedgerCli.RunAsync(["serve", "--cluster", "--seed", "node-1", "--store", Store], new StringWriter(), stderr));
        Assert.StartsWith("error: --seed: seed 'node-1' is not HOST:PORT", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_port_taken_by_another_process_is_one_error_line_and_exit_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var stderr = new StringWriter();

        var exit = await LedgerCli.RunAsync(["serve", "--port", "0", "--cluster", "--akka-port", $"{port}", "--store", Store], new StringWriter(), stderr);

        Assert.Equal(ExitCodes.BadInput, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot take the cluster port 127.0.0.1:{port}: ", line, StringComparison.Ordinal);
    }

    private static async Task<string> UpAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await client.GetAsync("health", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.IsSuccessStatusCode || DateTime.UtcNow > deadline)
                return body;
            await Task.Delay(200, Ct);
        }
    }

    /// <summary>A port free now; the node binds it a moment later (another process taking it meanwhile is unlikely on a test machine).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
