using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ledger.Cli;
using Ledger.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Cli;

/// <summary><c>ledger serve</c> as users start it: the built tool, a SQLite store, a user from <c>ledger user add</c>.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-serve-cli-").FullName;

    private string Store => "sqlite:" + Path.Combine(_folder, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public Task The_built_tool_serves_the_api_to_a_token_from_user_add_and_prints_its_address() =>
        ServeAsync(environment: [], async (client, token) =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/units", TestContext.Current.CancellationToken)).StatusCode);
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            Assert.Equal("[]", await client.GetStringAsync("api/units", TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("openapi/v1.json", TestContext.Current.CancellationToken)).StatusCode);
        });

    [Fact]
    public async Task Given_a_temporary_folder_that_cannot_hold_files_when_a_sheet_is_uploaded_then_it_is_imported_from_memory()
    {
        // TMPDIR names a file: nothing can be created under it, so an import that wrote the upload to a temporary file fails.
        var notAFolder = Path.Combine(_folder, "tmp-is-a-file");
        await File.WriteAllTextAsync(notAFolder, "", TestContext.Current.CancellationToken);

        await ServeAsync(new() { ["TMPDIR"] = notAFolder, ["ASPNETCORE_TEMP"] = notAFolder }, async (client, token) =>
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            using var response = await client.PostAsync("api/import/budget?unit=Kecamatan%20Uji&year=2024&stage=murni&effective=2023-12-31",
                TestSheets.Upload(TestSheets.Good(), "anggaran.csv"), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"file\":\"anggaran.csv\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        });
    }

    /// <summary>Adds an admin with <c>ledger user add</c>, starts the built <c>ledger serve</c> with <paramref name="environment"/>, and runs <paramref name="body"/> against it.</summary>
    private async Task ServeAsync(Dictionary<string, string> environment, Func<HttpClient, string, Task> body)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await LedgerCli.RunAsync(["user", "add", "root", "--role", "admin", "--store", Store], stdout, new StringWriter()));
        var token = stdout.ToString().Trim();
        var start = LedgerProcess.StartInfo(Store, _folder, null, ["serve", "--port", "0", "--store", Store]);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        try
        {
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var line = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            Assert.NotNull(line);
            Assert.StartsWith("ledger serve: http://127.0.0.1:", line, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(line["ledger serve: ".Length..].Split(' ')[0]) };
            await body(client, token);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_port_out_of_range_is_a_usage_error()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await LedgerCli.RunAsync(["serve", "--port", "70000", "--store", Store], new StringWriter(), stderr));
        Assert.Contains("--port must be 0..65535", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_keeps_no_users_is_refused_with_one_error_line()
    {
        var stderr = new StringWriter();
        var exit = await LedgerCli.RunAsync(["user", "add", "ani", "--role", "admin", "--store", "postgres://u:secret@127.0.0.1:1/db"], new StringWriter(), stderr);
        Assert.NotEqual(0, exit);
        Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_port_taken_by_another_program_when_serve_starts_then_one_error_line_says_so_and_exit_is_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        // The built tool, so that what the host logs to standard error is seen too, not only what the CLI writes.
        using var process = Process.Start(LedgerProcess.StartInfo(Store, _folder, null, ["serve", "--port", $"{port}", "--store", Store]))!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal((ExitCodes.BadInput, ""), (process.ExitCode, await stdout));
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: 127.0.0.1:{port} is in use by another program: stop it, or pick another port with --port", line);
    }
}
