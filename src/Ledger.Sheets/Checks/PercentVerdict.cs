namespace Ledger.Sheets.Checks;

/// <summary>How a printed percentage relates to the exact value its numbers give.</summary>
internal enum PercentVerdict
{
    /// <summary>The exact value rounded half away from zero to the printed decimals is what is printed.</summary>
    Agrees = 0,
    /// <summary>Only cutting the exact value off at the printed decimals gives the print: truncated, not rounded.</summary>
    Truncated = 1,
    /// <summary>Neither rounding nor truncation gives the print: the printed figure is wrong.</summary>
    Wrong = 2,
}
