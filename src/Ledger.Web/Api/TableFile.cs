using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Ledger.Sheets.Writing;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Api;

/// <summary>
/// A table as an HTTP response: JSON <c>{rows}</c> inline, csv/xlsx/html/md as a download with a telling name. Each
/// table's bytes in each format are kept with the table (weakly), so the read models' reused tables are written once.
/// </summary>
internal static class TableFile
{
    private static readonly ConditionalWeakTable<Table, ConcurrentDictionary<TableFormat, byte[]>> Written = new();

    public static IResult Result(Table table, TableFormat format, string baseName)
    {
        var bytes = Written.GetOrCreateValue(table).GetOrAdd(format, f => Bytes(table, f));
        return format == TableFormat.Json
            ? Results.Bytes(bytes, "application/json; charset=utf-8")
            : Results.File(bytes, format.MediaType(), $"{baseName}.{format.Name()}");
    }

    private static byte[] Bytes(Table table, TableFormat format)
    {
        using var buffer = new MemoryStream();
        TableWriter.Write(table, format, buffer);
        return buffer.ToArray();
    }

    /// <summary>A file name from a table kind, unit and year: <c>perubahan-kecamatan-mangkutana-2020</c>.</summary>
    public static string BaseName(string kind, string unit, int year)
    {
        var slug = new StringBuilder();
        foreach (var c in unit.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        return $"{kind}-{slug.ToString().Trim('-')}-{year}";
    }
}
