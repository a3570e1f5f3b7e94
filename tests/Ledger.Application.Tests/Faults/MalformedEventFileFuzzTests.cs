using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// Issue #7, "faults that lose nothing", for <c>ledger append events.jsonl</c>: damaged exports are appended
/// whole (and appending them again adds nothing) or refused with one line naming the file and line, the
/// target journal left byte for byte as it was.
/// A failure prints FsCheck's seed and the case in words; <c>[Property(Replay = "(seed,gamma,size)")]</c> runs it again.
/// </summary>
public sealed class MalformedEventFileFuzzTests
{
    [Property(MaxTest = 700)]
    public Property A_damaged_event_file_is_appended_whole_or_refused_in_one_line_leaving_the_journal_as_it_was() =>
        Prop.ForAll(EventFileMutations.Any(EventFileFuzz.Export).ToArbitrary(), file =>
            Classify(FuzzCase.Run(async () => await EventFileFuzz.RunAsync(file, await FaultJournals.HeldInMemoryAsync()))));

    [Property(MaxTest = 150)]
    public Property A_damaged_event_file_leaves_a_sqlite_journal_as_it_was() =>
        Prop.ForAll(EventFileMutations.Any(EventFileFuzz.Export).ToArbitrary(), file =>
            Classify(FuzzCase.Run(() => FaultJournals.WithHeldSqliteAsync(store => EventFileFuzz.RunAsync(file, store)))));

    private static Property Classify(string outcome) => true.Classify(outcome == NothingLost.Accepted, NothingLost.Accepted);
}
