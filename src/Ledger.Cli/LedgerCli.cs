using System.CommandLine;
using Ledger.Cli.Commands;

namespace Ledger.Cli;

/// <summary>
/// The <c>ledger</c> command line (contract §3). Exit codes: 0 success, 1 bad input (one <c>error:</c>
/// line on stderr, nothing written), 2 usage.
/// </summary>
public static class LedgerCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ledger: an event-sourced budget and performance ledger for Indonesian regional government units")
        {
            ImportCommands.Create(),
            TableCommands.Create(),
            HistoryCommand.Create(),
            ExportCommand.Create(),
            AppendCommand.Create(),
            CheckCommand.Create(),
            VerifyCommand.Create(),
            ReplayCommand.Create(),
            CorrectCommand.Create(),
            ServeCommand.Create(),
            UserCommand.Create(),
            GenCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !IsHelpRequest(args))
        {
            foreach (var error in parsed.Errors)
                await stderr.WriteLineAsync($"error: {error.Message}");
            await stderr.WriteLineAsync("usage: ledger --help, or ledger COMMAND --help");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parsed.InvokeAsync(configuration);
    }

    private static bool IsHelpRequest(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");
}
