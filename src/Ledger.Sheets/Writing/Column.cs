namespace Ledger.Sheets.Writing;

/// <summary>A table column: its name (the CSV header and JSON key, contract §6) and what it holds.</summary>
public sealed record Column(string Name, CellKind Kind)
{
    /// <summary>Numbers align right in every format meant for people.</summary>
    public bool IsNumeric => Kind is not CellKind.Text;
}
