using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Maps rows of <c>events</c> to <see cref="StoredEvent"/>. Select <see cref="Columns"/> in this order.
/// Stateless; thread-safe.
/// </summary>
internal static class EventRows
{
    public const string Columns = "position, stream, version, event_id, type, payload, prev_hash, hash";

    public static StoredEvent Read(NpgsqlDataReader row)
    {
        var position = row.GetInt64(0);
        var streamText = row.GetString(1);
        // A name the program could not have written means someone edited the table; say where.
        if (!StreamName.TryParse(streamText, out var stream))
            throw new InvalidDataException($"Event at position {position} has an invalid stream name '{streamText}'.");
        return new StoredEvent(
            new GlobalPosition(position),
            stream,
            row.GetInt64(2),
            row.GetGuid(3),
            row.GetString(4),
            row.GetFieldValue<byte[]>(5),
            row.GetFieldValue<byte[]>(6),
            row.GetFieldValue<byte[]>(7));
    }
}
