using Microsoft.Data.Sqlite;

namespace Ledger.Benchmarks.Data;

/// <summary>The baselines' plain Microsoft.Data.Sqlite loops: what reading the same rows costs without the ledger.</summary>
public static class RawRows
{
    /// <summary>Reads every (position, payload) row in position order; returns a checksum so nothing is optimised away.</summary>
    public static long ReadAll(string path) => Read(path, "SELECT position, payload FROM events ORDER BY position;", null);

    /// <summary>Reads one stream's (version, payload) rows in version order.</summary>
    public static long ReadStream(string path, string stream) =>
        Read(path, "SELECT version, payload FROM events WHERE stream = $stream ORDER BY version;", stream);

    private static long Read(string path, string sql, string? stream)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (stream is not null)
            command.Parameters.AddWithValue("$stream", stream);
        using var reader = command.ExecuteReader();
        var sum = 0L;
        while (reader.Read())
            sum += reader.GetInt64(0) + reader.GetFieldValue<byte[]>(1).Length;
        return sum;
    }
}
