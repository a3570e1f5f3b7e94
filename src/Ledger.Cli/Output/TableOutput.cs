using Ledger.Sheets.Writing;

namespace Ledger.Cli.Output;

/// <summary>
/// Writes a table where the user asked: <c>--out FILE</c> (format from <c>--format</c>, else the extension)
/// or standard output (format from <c>--format</c>, else md).
/// </summary>
public static class TableOutput
{
    public static async Task WriteAsync(Table table, string? format, string? outPath, CliContext cli, CancellationToken ct)
    {
        // The path first: a folder or a missing folder is the mistake to name, not the extension it lacks.
        var full = outPath is null ? null : OutPath.Check(outPath);
        var chosen = Choose(format, outPath);
        if (outPath is null || full is null)
        {
            if (chosen == TableFormat.Xlsx)
                throw new UsageException("xlsx is a binary file: give --out FILE.xlsx");
            using var buffer = new MemoryStream();
            TableWriter.Write(table, chosen, buffer);
            await cli.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).AsMemory(), ct);
            await cli.Out.FlushAsync(ct);
            return;
        }
        var directory = Path.GetDirectoryName(full)!;
        // Written beside the target and renamed, so a failure never leaves half a file under the user's name.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        await OutPath.WritingAsync(outPath, async () =>
        {
            try
            {
                await using (var file = File.Create(temporary))
                    TableWriter.Write(table, chosen, file);
                File.Move(temporary, full, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
            return true;
        });
        await cli.Error.WriteLineAsync($"{table.Rows.Count} rows written to {outPath} ({chosen.Name()})");
    }

    private static TableFormat Choose(string? format, string? outPath)
    {
        if (format is not null)
        {
            return TableFormats.TryParse(format, out var named)
                ? named
                : throw new UsageException($"--format '{format}' is not one of md, csv, json, xlsx, html");
        }
        if (outPath is null)
            return TableFormat.Md;
        return TableFormats.FromExtension(outPath)
            ?? throw new UsageException($"cannot tell the format of '{outPath}' from its extension: give --format");
    }
}
