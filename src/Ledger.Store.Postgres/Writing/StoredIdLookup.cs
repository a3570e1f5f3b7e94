using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Finds which ids of a batch are already stored, in one statement: the ids travel as one
/// <c>uuid[]</c> parameter and each is an index probe on <c>event_id</c>. Stateless; runs inside
/// the caller's transaction.
/// </summary>
internal static class StoredIdLookup
{
    /// <summary>Every id of <paramref name="events"/> that is stored, with its stream and position.</summary>
    public static async Task<Dictionary<Guid, (StreamName, GlobalPosition)>> FindAsync(
        NpgsqlConnection connection, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        var ids = new Guid[events.Count];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = events[i].EventId;
        await using var command = new NpgsqlCommand(
            "SELECT event_id, stream, position FROM events WHERE event_id = ANY($1);", connection)
        {
            Parameters = { new() { Value = ids } },
        };
        var found = new Dictionary<Guid, (StreamName, GlobalPosition)>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            found[reader.GetGuid(0)] = (StreamName.Parse(reader.GetString(1)), new GlobalPosition(reader.GetInt64(2)));
        return found;
    }
}
