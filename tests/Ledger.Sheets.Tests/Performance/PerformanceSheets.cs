using ClosedXML.Excel;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Tests.Support;

namespace Ledger.Sheets.Tests.Performance;

/// <summary>Reads performance sheets from CSV text, the bundled samples or cells written as CSV or XLSX.</summary>
internal static class PerformanceSheets
{
    public static string Sample(string name) => Path.GetFullPath(Path.Combine(TestFiles.Project, "..", "..", "samples", name));

    public static SheetResult<RenstraSheet> Renstra(string csv, string name = "renstra.csv") =>
        Read(csv, name) is { IsOk: true } sheet ? RenstraSheetParser.Parse(sheet.Value) : Read(csv, name).Error!;

    public static SheetResult<PkSheet> Pk(string csv, string name = "pk.csv") =>
        Read(csv, name) is { IsOk: true } sheet ? PkSheetParser.Parse(sheet.Value) : Read(csv, name).Error!;

    public static SheetResult<KinerjaSheet> Kinerja(string csv, string name = "kinerja.csv") =>
        Read(csv, name) is { IsOk: true } sheet ? KinerjaSheetParser.Parse(sheet.Value) : Read(csv, name).Error!;

    public static Sheet SampleSheet(string name) => SheetReader.Read(Sample(name)).ValueOrThrow();

    /// <summary>The error line a rejected sheet gives, as the CLI prints it after <c>error: </c>.</summary>
    public static string ErrorOf<T>(SheetResult<T> result)
        where T : class =>
        result.IsOk ? "accepted: " + result.Value : result.Error.ToString();

    /// <summary>Cells as a CSV file, every cell quoted.</summary>
    public static string Csv(IReadOnlyList<IReadOnlyList<string>> rows) =>
        string.Join("\n", rows.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")))) + "\n";

    /// <summary>Cells as an XLSX workbook of one sheet, every cell as text; returns the bytes.</summary>
    public static byte[] Xlsx(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Sheet1");
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Length > 0)
                    sheet.Cell(r + 1, c + 1).SetValue(rows[r][c]);
            }
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static Sheet ReadXlsx(byte[] bytes, string name) =>
        SheetReader.Read(SheetSource.FromBytes(bytes, name).ValueOrThrow()).ValueOrThrow();

    private static SheetResult<Sheet> Read(string csv, string name) => SheetReader.ReadCsvText(csv, name);
}
