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
    /// <summary>
    /// Rounded half away from zero, but to fewer decimals than the two a capaian table prints (<c>108</c> for 107,6);
    /// only kinerja sheets are judged at two decimals (<see cref="KinerjaPercent"/>).
    /// </summary>
    Rounded = 3,
}
