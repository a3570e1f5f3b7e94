using Ledger.Application.Importing;
using Ledger.Sheets.Reading;

namespace Ledger.Web.Importing;

/// <summary>
/// One import from the web: the sheet as uploaded, whose unit-year, what it records (a stage, a period end), who sent
/// it, and what the command came to. The API and the pages each map <see cref="Result"/> once: accepted to
/// <see cref="ImportOutcome"/>, refused to 400 <c>{error}</c> or the sheet shown with the error beside its row.
/// </summary>
internal sealed record ImportAttempt(SheetSource Sheet, string Unit, int Year, string What, string Actor, CommandResult Result)
{
    /// <summary>The sheet as the user named it (without any folder).</summary>
    public string File => Sheet.Name;

    /// <summary>What an accepted import did, as the API returns it and the page shows it.</summary>
    public ImportOutcome Outcome(CommandResult.Accepted accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return new(File, Unit, Year, What, accepted.Lines, accepted.Appended, accepted.StreamVersion, Actor,
            accepted.Warnings.Select(w => new ImportWarning(w.Row, w.Kode, w.What, w.Printed, w.Computed)).ToList());
    }
}
