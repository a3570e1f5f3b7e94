using Ledger.Application;
using Ledger.Application.Importing;
using Ledger.Sheets.Reading;

namespace Ledger.Cli;

/// <summary>
/// Where the CLI meets the sheets and the write commands: it opens the files named on the command line (the
/// application reads no paths), and maps a command's result once, a refusal to exit 1 with its one <c>error:</c> line.
/// </summary>
public static class CliSheets
{
    /// <summary>The file at <paramref name="path"/>, read whole; its errors name it as typed.</summary>
    /// <exception cref="InputException">Missing, a folder, unreadable, or over the size limit (exit 1).</exception>
    public static SheetSource Open(string path)
    {
        var source = SheetSource.FromFile(path);
        return source.IsOk ? source.Value : throw new InputException(source.Error.ToString());
    }

    /// <summary>Writes a refusal as the contract's one line, <c>error: FILE:ROW:COLUMN what</c>; exit 1.</summary>
    public static Task<int> RefusedAsync(this CliContext cli, CommandResult.Refused refused)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(refused);
        return cli.FailAsync(refused.Message, ExitCodes.BadInput);
    }
}
