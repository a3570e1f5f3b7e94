using System.Text;
using ClosedXML.Excel;
using FsCheck;
using FsCheck.Fluent;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// Damaged sheets given as XLSX: a workbook written from a mutated grid, then perhaps cut short or with
/// bytes flipped inside the ZIP archive. Writing a workbook is slow, so there are fewer of these.
/// </summary>
internal static class XlsxCases
{
    public static Gen<SheetCase> Any(IReadOnlyList<SheetTarget> targets) =>
        from target in Gen.Elements(targets.ToArray())
        from table in Gen.Frequency((4, TableMutations.Any(target.Table)), (1, Gen.Constant(new TableMutation("unchanged", target.Table, true))))
        let workbook = Write(table.Table)
        from damage in Gen.Frequency(
            (3, Gen.Constant<(string Description, byte[] Bytes)>(("", workbook))),
            (1, Gen.Choose(0, workbook.Length - 1).Select(n => (Description: $"workbook cut after {n} bytes", Bytes: workbook[..n]))),
            (1, from count in Gen.Choose(1, 3)
                from flips in Gen.Choose(0, workbook.Length - 1).Zip(Gen.Choose(0, 255)).Select(f => (f.Item1, f.Item2)).ListOf(count)
                select (Description: $"workbook bytes {string.Join(",", flips.Select(f => $"{f.Item1}:={f.Item2:X2}"))}", Bytes: Flip(workbook, flips))))
        select new SheetCase(target, string.Join("; ", new[] { table.Description, damage.Description }.Where(d => d.Length > 0)),
            damage.Bytes, ".xlsx", table.CellsOnly && damage.Description.Length == 0);

    private static byte[] Write(CsvTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Sheet1");
        var rows = table.Rows.Prepend(table.Header).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length > 0)
                    sheet.Cell(r + 1, c + 1).SetValue(XmlSafe(rows[r][c]));
            }
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    // XML cannot carry most control characters or lone surrogates; a workbook never holds them.
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                safe.Append(c).Append(text[++i]);
            else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'))
                safe.Append(c);
        }
        // Excel's own limit; the reader's is the same, so a longer cell only exists in CSV.
        return safe.Length > 32_767 ? safe.ToString(0, 32_767) : safe.ToString();
    }

    private static byte[] Flip(byte[] bytes, IEnumerable<(int At, int Value)> flips)
    {
        var copy = bytes.ToArray();
        foreach (var (at, value) in flips)
            copy[at] = (byte)value;
        return copy;
    }
}
