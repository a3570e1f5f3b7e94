using Xunit;

namespace Ledger.Testing.Processes;

/// <summary>What one run of the CLI (or of any process the tests start) did: its exit code, stdout and stderr with <c>\n</c> line ends.</summary>
public sealed record LedgerRun(int ExitCode, string Out, string Error)
{
    public LedgerRun ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}");
        return this;
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Clip(Out)}\nstderr:\n{Clip(Error)}";

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
