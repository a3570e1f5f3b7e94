using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Ledger.Store.Sqlite;

/// <summary>
/// One prepared single-row INSERT into <c>events</c>, re-bound and re-run for every event of a batch,
/// so SQLite compiles it once per append. (Measured: multi-row INSERTs are slower with
/// Microsoft.Data.Sqlite, whose per-parameter binding dominates.) Not thread-safe; lives inside one
/// append transaction.
/// </summary>
internal sealed class EventInsertCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _position;
    private readonly SqliteParameter _version;
    private readonly SqliteParameter _eventId;
    private readonly SqliteParameter _type;
    private readonly SqliteParameter _payload;
    private readonly SqliteParameter _previousHash;
    private readonly SqliteParameter _hash;

    public EventInsertCommand(SqliteConnection connection, SqliteTransaction tx, StreamName stream)
    {
        _command = connection.CreateCommand();
        _command.Transaction = tx;
        _command.CommandText = """
            INSERT INTO events(position, stream, version, event_id, type, payload, prev_hash, hash)
            VALUES ($position, $stream, $version, $event_id, $type, $payload, $prev_hash, $hash);
            """;
        _position = _command.Parameters.Add("$position", SqliteType.Integer);
        _command.Parameters.Add("$stream", SqliteType.Text).Value = stream.Value;
        _version = _command.Parameters.Add("$version", SqliteType.Integer);
        _eventId = _command.Parameters.Add("$event_id", SqliteType.Blob);
        _type = _command.Parameters.Add("$type", SqliteType.Text);
        _payload = _command.Parameters.Add("$payload", SqliteType.Blob);
        _previousHash = _command.Parameters.Add("$prev_hash", SqliteType.Blob);
        _hash = _command.Parameters.Add("$hash", SqliteType.Blob);
        _command.Prepare();
    }

    /// <summary>Synchronous because Microsoft.Data.Sqlite's async calls run synchronously and would only add a Task per row.</summary>
    public void Insert(long position, long version, EventData e, byte[] payload, byte[] previousHash, byte[] hash)
    {
        _position.Value = position;
        _version.Value = version;
        _eventId.Value = e.EventId.ToByteArray();
        _type.Value = e.EventType;
        _payload.Value = payload;
        _previousHash.Value = previousHash;
        _hash.Value = hash;
        _command.ExecuteNonQuery();
    }

    /// <summary>The payload as an array without copying when the memory already is a whole array.</summary>
    public static byte[] AsArray(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();

    public void Dispose() => _command.Dispose();
}
