namespace Ledger.Sheets.Writing;

/// <summary>The formats a table can be written in (<c>--format md|csv|json|xlsx|html</c>).</summary>
public enum TableFormat
{
    Md = 0,
    Csv = 1,
    Json = 2,
    Xlsx = 3,
    Html = 4,
}
