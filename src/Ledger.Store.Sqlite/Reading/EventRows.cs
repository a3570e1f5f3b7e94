using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// Maps rows of <c>events</c> to <see cref="StoredEvent"/>. Select <see cref="Columns"/> in this order.
/// Stateless; thread-safe.
/// </summary>
internal static class EventRows
{
    public const string Columns = "position, stream, version, event_id, type, payload, prev_hash, hash";

    public static StoredEvent Read(SqliteDataReader row)
    {
        var position = row.GetInt64(0);
        var streamText = row.GetString(1);
        // A name the program could not have written means someone edited the file; say where.
        if (!StreamName.TryParse(streamText, out var stream))
            throw new InvalidDataException($"Event at position {position} has an invalid stream name '{streamText}'.");
        var id = row.GetFieldValue<byte[]>(3);
        if (id.Length != 16)
            throw new InvalidDataException($"Event at position {position} has a {id.Length}-byte id; ids have 16 bytes.");
        return new StoredEvent(
            new GlobalPosition(position),
            stream,
            row.GetInt64(2),
            new Guid(id),
            row.GetString(4),
            row.GetFieldValue<byte[]>(5),
            row.GetFieldValue<byte[]>(6),
            row.GetFieldValue<byte[]>(7));
    }
}
