using Ledger.Domain.Values;

namespace Ledger.Sheets.Performance;

/// <summary>A Renstra indicator's target for one year (column <c>target_YYYY</c>); null where the cell is empty.</summary>
public sealed record YearTarget(int Year, Quantity? Target);
