using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ledger.Sheets.Writing;

/// <summary>
/// JSON as the HTTP API serves it (contract §8): <c>{"rows": [{column: value, …}]}</c>, keys in
/// column order, money as integers, percentages as numbers with two decimals, empty as null.
/// </summary>
internal static class JsonTableWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Uraian are Indonesian text; keep them readable rather than \u-escaped. This is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Table table, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    json.WritePropertyName(table.Columns[c].Name);
                    WriteValue(json, row[c]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteValue(Utf8JsonWriter json, Cell cell)
    {
        switch (cell)
        {
            case TextCell or TargetsCell or PhraseCell:
                json.WriteStringValue(CellRendering.Words(cell));
                break;
            case MoneyCell m:
                json.WriteNumberValue(m.Amount.Rupiah);
                break;
            case PercentCell p:
                json.WriteRawValue(CellRendering.PlainPercent(p.Value));
                break;
            case NumberCell n:
                json.WriteRawValue(CellRendering.PlainNumber(n.Value));
                break;
            case EmptyCell:
                json.WriteNullValue();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell, null);
        }
    }
}
