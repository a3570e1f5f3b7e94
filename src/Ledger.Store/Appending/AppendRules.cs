namespace Ledger.Store;

/// <summary>
/// Checks shared by every <see cref="IEventWriter"/> implementation, so all stores accept and refuse
/// exactly the same appends (bounds in <see cref="StoreLimits"/>). Stateless; thread-safe.
/// </summary>
public static class AppendRules
{
    /// <summary>Rejects a malformed batch before any store work is done.</summary>
    /// <exception cref="ArgumentException">Default stream, empty or duplicate ids, bad types, limits exceeded.</exception>
    public static void Validate(StreamName stream, IReadOnlyList<EventData> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (stream.IsDefault)
            throw new ArgumentException("The stream name is default(StreamName); use StreamName.For.", nameof(stream));
        if (events.Count > StoreLimits.MaxEventsPerAppend)
            throw new ArgumentException($"A batch holds {events.Count} events; the limit is {StoreLimits.MaxEventsPerAppend}.", nameof(events));
        var ids = new HashSet<Guid>(events.Count);
        long totalBytes = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Event #{i} of the batch is null.", nameof(events));
            // Guid.Empty is what an unset id looks like; accepting it would make two unrelated writers collide.
            if (e.EventId == Guid.Empty)
                throw new ArgumentException($"Event #{i} of the batch has an empty id.", nameof(events));
            if (!ids.Add(e.EventId))
                throw new ArgumentException($"Event id {e.EventId} appears more than once in the batch.", nameof(events));
            if (string.IsNullOrWhiteSpace(e.EventType) || e.EventType.Length > StoreLimits.MaxEventTypeLength)
                throw new ArgumentException($"Event {e.EventId} has an empty type or one longer than {StoreLimits.MaxEventTypeLength} characters.", nameof(events));
            if (e.Payload.Length > StoreLimits.MaxPayloadBytes)
                throw new ArgumentException($"Event {e.EventId} has a {e.Payload.Length}-byte payload; the limit is {StoreLimits.MaxPayloadBytes}.", nameof(events));
            totalBytes += e.Payload.Length;
        }
        if (totalBytes > StoreLimits.MaxBatchPayloadBytes)
            throw new ArgumentException($"The batch carries {totalBytes} payload bytes; the limit is {StoreLimits.MaxBatchPayloadBytes}.", nameof(events));
    }

    /// <summary>
    /// Decides idempotency from the batch ids a store found already stored (<paramref name="stored"/>:
    /// id → stream and position, containing only ids of this batch). Returns null when none is stored
    /// (append the batch), or the position of the batch's last event when all are stored in
    /// <paramref name="stream"/> (append nothing).
    /// </summary>
    /// <exception cref="IdempotencyConflictException">Some stored and some not, or stored in another stream.</exception>
    public static GlobalPosition? ResolveIdempotency(
        StreamName stream,
        IReadOnlyList<EventData> events,
        IReadOnlyDictionary<Guid, (StreamName Stream, GlobalPosition Position)> stored)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Count == 0)
            return null;
        Guid? missing = null;
        var last = GlobalPosition.Start;
        foreach (var e in events)
        {
            if (!stored.TryGetValue(e.EventId, out var found))
            {
                missing ??= e.EventId;
                continue;
            }
            if (found.Stream != stream)
                throw new IdempotencyConflictException(stream, e.EventId,
                    $"Event {e.EventId} is already stored in stream '{found.Stream}', not '{stream}'; " +
                    "event ids must be unique across the store. Nothing was written.");
            last = found.Position > last ? found.Position : last;
        }
        if (missing is { } newId)
        {
            var storedId = stored.Keys.First();
            throw new IdempotencyConflictException(stream, newId,
                $"{stored.Count} of the {events.Count} events in the batch for '{stream}' are already stored " +
                $"(e.g. {storedId}) but the others are not (e.g. {newId}); a retry must resend exactly the " +
                "same events. Nothing was written.");
        }
        return last;
    }
}
