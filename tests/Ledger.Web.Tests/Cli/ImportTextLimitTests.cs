using Ledger.Application.Importing;
using Ledger.Cli;
using Ledger.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Web.Tests.Cli;

/// <summary>The basis and reason limits of the web form hold on the command line too: one definition, <see cref="ImportTexts"/>.</summary>
public sealed class ImportTextLimitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-text-cli-").FullName;

    private string Store => "sqlite:" + Path.Combine(_folder, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await LedgerCli.RunAsync([.. args, "--store", Store], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Given_a_5000_character_basis_when_imported_on_the_command_line_then_one_error_line_exit_1_and_nothing_written()
    {
        var sheet = Path.Combine(_folder, "anggaran.csv");
        await File.WriteAllTextAsync(sheet, TestSheets.Good(), TestContext.Current.CancellationToken);

        var (exit, _, error) = await RunAsync("import", "budget", sheet, "--unit", "Kecamatan Uji", "--year", "2024", "--stage", "murni",
            "--effective", "2024-01-01", "--basis", new string('P', 5_000));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal($"error: --basis is 5000 characters long; at most {ImportTexts.MaxChars}", error.Trim());
        Assert.Equal("", (await RunAsync("export")).Out);
    }
}
