using System.Text;
using Ledger.Sheets.Writing;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Api;

/// <summary>A table as an HTTP response: JSON <c>{rows}</c> inline, csv/xlsx/html/md as a download with a telling name.</summary>
internal static class TableFile
{
    public static IResult Result(Table table, TableFormat format, string baseName)
    {
        using var buffer = new MemoryStream();
        TableWriter.Write(table, format, buffer);
        var bytes = buffer.ToArray();
        return format == TableFormat.Json
            ? Results.Bytes(bytes, "application/json; charset=utf-8")
            : Results.File(bytes, format.MediaType(), $"{baseName}.{format.Name()}");
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
