using Ledger.Cli.Tests.Support;

namespace Ledger.Cli.Tests.WriteRules;

/// <summary>Copies of sample sheets with whole columns or rows changed, written into a test's own folder.</summary>
public static class SheetCopies
{
    /// <summary>The sample with its named columns left out, header included.</summary>
    public static string WithoutColumns(LedgerProcess ledger, string sample, string name, params string[] columns) =>
        Rewrite(ledger, sample, name, (header, cells) => cells.Where((_, i) => !columns.Contains(header[i])).ToArray(), _ => true);

    /// <summary>The sample with its named columns kept in the header but every cell below emptied.</summary>
    public static string WithEmptyColumns(LedgerProcess ledger, string sample, string name, params string[] columns) =>
        Rewrite(ledger, sample, name, (header, cells) => cells.Select((c, i) => columns.Contains(header[i]) && cells != header ? "" : c).ToArray(), _ => true);

    /// <summary>The sample without the rows whose kode starts with <paramref name="prefix"/>.</summary>
    public static string WithoutRows(LedgerProcess ledger, string sample, string name, string prefix) =>
        Rewrite(ledger, sample, name, (_, cells) => cells, cells => !cells[0].StartsWith(prefix, StringComparison.Ordinal));

    private static string Rewrite(LedgerProcess ledger, string sample, string name, Func<string[], string[], string[]> change, Func<string[], bool> keep)
    {
        var lines = File.ReadAllLines(Repo.Sample(sample));
        var header = CsvLine.Split(lines[0]);
        var rows = new List<string> { Join(change(header, header)) };
        foreach (var line in lines.Skip(1))
        {
            var cells = CsvLine.Split(line);
            if (keep(cells))
                rows.Add(Join(change(header, cells)));
        }
        var path = Path.Combine(ledger.Folder, name);
        File.WriteAllLines(path, rows);
        return path;
    }

    private static string Join(string[] cells) =>
        string.Join(',', cells.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c));
}
