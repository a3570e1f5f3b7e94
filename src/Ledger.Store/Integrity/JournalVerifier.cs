namespace Ledger.Store;

/// <summary>
/// Re-walks the whole journal and checks its hash chain: positions contiguous from 1, each
/// PreviousHash equal to the Hash before it, each Hash recomputed from the event. Detects any edit,
/// insertion or removal inside the journal. Removal of the newest events (truncation), or a journal rewritten
/// with a recomputed chain, is intact on its own; an externally kept <see cref="JournalHead"/> finds both: the
/// journal must still hold that exact event at that position. Streams the journal in constant memory.
/// Stateless; thread-safe.
/// </summary>
public static class JournalVerifier
{
    /// <summary>How often progress is reported, in events.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Checks the whole journal: positions without gaps, and each event hashing to the chain.</summary>
    /// <param name="reader">The journal to check.</param>
    /// <param name="progress">Receives the number of events checked so far, every <see cref="ProgressEvery"/> events and at the end.</param>
    /// <param name="ct">Stops the check.</param>
    public static Task<VerifyResult> VerifyAsync(IEventReader reader, IProgress<long>? progress, CancellationToken ct) =>
        VerifyAsync(reader, null, progress, ct);

    /// <summary>Checks the whole journal, and that it still holds <paramref name="expectedHead"/>.</summary>
    /// <param name="reader">The journal to check.</param>
    /// <param name="expectedHead">A head recorded earlier: the journal must hold exactly that event at that position.</param>
    /// <param name="progress">Receives the number of events checked so far, every <see cref="ProgressEvery"/> events and at the end.</param>
    /// <param name="ct">Stops the check.</param>
    public static async Task<VerifyResult> VerifyAsync(IEventReader reader, JournalHead? expectedHead, IProgress<long>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long checkedCount = 0;
        var expected = GlobalPosition.Start.Next();
        ReadOnlyMemory<byte> previous = EventHash.Genesis;
        // The head is made (hex text) only where it is compared and at the end: not for every event of a long walk.
        StoredEvent? last = null;
        await foreach (var e in reader.ReadAllAsync(GlobalPosition.Start, ct).ConfigureAwait(false))
        {
            var problem = Check(e, expected, previous.Span);
            if (problem is not null)
            {
                progress?.Report(checkedCount);
                // Every check is made at the expected position, so that is where the journal first deviates.
                return new VerifyResult(checkedCount, expected, problem);
            }
            if (expectedHead is { } recorded && recorded.Position == e.Position && JournalHead.Of(e) is var there && recorded != there)
            {
                progress?.Report(checkedCount);
                return new VerifyResult(checkedCount, e.Position,
                    $"The event at position {e.Position} has chain hash {there.Hash}, not the expected {recorded.Hash}: the journal was rewritten up to there.");
            }
            last = e;
            previous = e.Hash;
            expected = expected.Next();
            checkedCount++;
            if (checkedCount % ProgressEvery == 0)
                progress?.Report(checkedCount);
        }
        progress?.Report(checkedCount);
        var head = last is null ? JournalHead.Empty : JournalHead.Of(last);
        if (expectedHead is { } kept && kept.Position > head.Position)
        {
            return new VerifyResult(checkedCount, kept.Position,
                $"The journal ends at position {head.Position}, before the expected head at position {kept.Position}: it was cut short.");
        }
        if (expectedHead is { Position.Value: 0 } none && none != JournalHead.Empty)
            return new VerifyResult(checkedCount, GlobalPosition.Start, $"Position 0 (an empty journal) has chain hash {JournalHead.Empty.Hash}, not {none.Hash}.");
        return new VerifyResult(checkedCount, null, null) { Head = head };
    }

    private static string? Check(StoredEvent e, GlobalPosition expected, ReadOnlySpan<byte> previous)
    {
        if (e.Position != expected)
            return e.Position > expected
                ? $"Position {expected} is missing: the next event found is at position {e.Position}."
                : $"Event at position {e.Position} appears where position {expected} was expected.";
        if (!e.PreviousHash.Span.SequenceEqual(previous))
            return $"Event at position {e.Position} does not chain to the event before it (previous hash differs).";
        if (!EventHash.Compute(e).AsSpan().SequenceEqual(e.Hash.Span))
            return $"Event at position {e.Position} does not match its hash: its content was changed.";
        return null;
    }
}
