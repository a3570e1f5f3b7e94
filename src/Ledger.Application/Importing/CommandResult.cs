using Ledger.Domain.Budget;
using Ledger.Sheets;
using Ledger.Sheets.Checks;

namespace Ledger.Application.Importing;

/// <summary>
/// What a write command (an import, a correction) came to: accepted, with what it did, or refused with nothing written,
/// saying why and where. A refusal is data, not an exception: the use cases return it as is, and each edge maps it
/// once (the CLI to exit 1 and one <c>error:</c> line, the HTTP API to 400 <c>{error}</c>, the web pages to the sheet
/// shown with the error beside its row, the cluster node to its wire answer).
/// </summary>
public abstract record CommandResult
{
    private CommandResult()
    {
    }

    /// <summary>The accepted result; throws for a refusal, for callers (and tests) that know the command is good.</summary>
    /// <exception cref="InvalidOperationException">The command was refused.</exception>
    public Accepted AcceptedOrThrow() => this switch
    {
        Accepted accepted => accepted,
        Refused refused => throw new InvalidOperationException("the command was refused: " + refused.Message),
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    /// <summary>Refused because the sheet itself could not be read or parsed: no command was decided.</summary>
    public static Refused Unreadable(SheetError where) =>
        new(where ?? throw new ArgumentNullException(nameof(where)), null);

    /// <summary>Refused by the decider, at the place in the sheet it is about (null for a command without a sheet).</summary>
    public static Refused Rejected(Rejection rejection, SheetError? where) =>
        new(where, rejection ?? throw new ArgumentNullException(nameof(rejection)));

    /// <summary>Accepted and appended in one transaction.</summary>
    /// <param name="Appended">Events appended: 0 when the stream already held everything the command says.</param>
    /// <param name="StreamVersion">The unit-year's stream version after the write.</param>
    /// <param name="Lines">Lines the command covered: the sheet's lines, 1 for a correction.</param>
    /// <param name="Warnings">The sheet's own disagreements (printed totals and percentages), reported, never stored.</param>
    public sealed record Accepted(int Appended, long StreamVersion, int Lines, IReadOnlyList<Finding> Warnings) : CommandResult;

    /// <summary>Refused: nothing was written. At least one of <paramref name="Where"/> and <paramref name="Rejection"/> is set.</summary>
    /// <param name="Where">
    /// The file as the user named it, the 1-based row and column (0 for a whole row or file) and what is wrong there;
    /// null for a command that came without a sheet.
    /// </param>
    /// <param name="Rejection">The decider's reason with its kode and field; null when the sheet could not be read.</param>
    public sealed record Refused(SheetError? Where, Rejection? Rejection) : CommandResult
    {
        /// <summary>The one line a user reads: <c>FILE:ROW:COLUMN what</c>, or <c>what</c> for a command without a sheet.</summary>
        public string Message => Where?.ToString() ?? Rejection?.Message ?? "refused";
    }
}
