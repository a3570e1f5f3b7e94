using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// Finds which ids of a batch are already stored, in one statement: the ids travel as one blob of
/// 16-byte slices, a recursive CTE walks the slices and each is an index probe on <c>event_id</c>.
/// One statement instead of one per event keeps idempotency checks cheap for 100k-event batches.
/// Stateless; runs inside the caller's transaction.
/// </summary>
internal static class StoredIdLookup
{
    private const int IdBytes = 16;

    // CROSS JOIN fixes the loop order: walk the ids, probe the unique index, never scan events.
    private const string Sql = """
        WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < $count)
        SELECT e.event_id, e.stream, e.position
        FROM k CROSS JOIN events AS e ON e.event_id = substr($ids, k.i * 16 + 1, 16);
        """;

    public static bool Contains(SqliteConnection connection, SqliteTransaction tx, Guid eventId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT 1 FROM events WHERE event_id = $id;";
        command.Parameters.Add("$id", SqliteType.Blob).Value = eventId.ToByteArray();
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Every id of <paramref name="events"/> that is stored, with its stream and position.</summary>
    public static Dictionary<Guid, (StreamName, GlobalPosition)> Find(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        var ids = new byte[events.Count * IdBytes];
        for (var i = 0; i < events.Count; i++)
            events[i].EventId.TryWriteBytes(ids.AsSpan(i * IdBytes, IdBytes));

        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = Sql;
        command.Parameters.Add("$count", SqliteType.Integer).Value = events.Count;
        command.Parameters.Add("$ids", SqliteType.Blob).Value = ids;
        var found = new Dictionary<Guid, (StreamName, GlobalPosition)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            found[new Guid(reader.GetFieldValue<byte[]>(0))] =
                (StreamName.Parse(reader.GetString(1)), new GlobalPosition(reader.GetInt64(2)));
        }
        return found;
    }
}
