using Ledger.Domain.Values;

namespace Ledger.Sheets.Lines;

/// <summary>
/// A grand-total row printed in a sheet (<c>JUMLAH</c>, <c>TOTAL</c>): its row, its label as printed
/// and its amount. Never stored; checked against the sum of the leaves.
/// </summary>
public sealed record PrintedTotal(int Row, string Label, Money Printed);
