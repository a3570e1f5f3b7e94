using Ledger.Application.Maintenance;
using Ledger.Store;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// The rule of issue #7 for one input: it is taken whole (the journal only grew, the chain verifies, and
/// running it again appends nothing), or it is refused with one clear line naming the file, and the journal
/// is byte for byte what it was. Any exception other than <see cref="InputException"/> escapes: it is a bug.
/// </summary>
internal static class NothingLost
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    /// <param name="run">The write under test; returns the events it appended.</param>
    /// <param name="whenAccepted">Further checks of what was appended (the snapshot before and after).</param>
    /// <param name="whenRejected">Further checks of where the error points.</param>
    public static async Task<string> CheckAsync(
        IEventStore store,
        string path,
        Func<Task<int>> run,
        Action<JournalSnapshot, JournalSnapshot> whenAccepted,
        Action<ErrorLine> whenRejected)
    {
        var before = await JournalSnapshot.TakeAsync(store);
        int appended;
        try
        {
            appended = await run();
        }
        catch (InputException e)
        {
            var error = ErrorLine.Parse(path, e.Message);
            var unchanged = await JournalSnapshot.TakeAsync(store);
            Assert.True(unchanged.Count == before.Count && before.FirstDifferenceFrom(unchanged) is null,
                $"refused with '{e.Message}' but the journal changed: {before.FirstDifferenceFrom(unchanged) ?? $"{unchanged.Count - before.Count} events added"}");
            whenRejected(error);
            return Rejected;
        }

        var after = await JournalSnapshot.TakeAsync(store);
        Assert.True(before.FirstDifferenceFrom(after) is null, $"accepted, but earlier events changed: {before.FirstDifferenceFrom(after)}");
        Assert.Equal(appended, after.Count - before.Count);
        var verified = await Verify.RunAsync(store, progress: null, CancellationToken.None);
        Assert.True(verified.IsIntact, $"accepted, but verify fails at {verified.FirstBadPosition}: {verified.Problem}");
        whenAccepted(before, after);

        var again = await run();
        var afterAgain = await JournalSnapshot.TakeAsync(store);
        Assert.True(again == 0 && afterAgain.Count == after.Count, $"running the same input again appended {again} events");
        return Accepted;
    }
}
