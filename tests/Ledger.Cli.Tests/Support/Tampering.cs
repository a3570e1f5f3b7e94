using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ledger.Cli.Tests.Support;

/// <summary>What an attacker with direct access to the store can do behind the ledger's back.</summary>
public static class Tampering
{
    /// <summary>
    /// Replaces <paramref name="from"/> by <paramref name="to"/> in the stored payload of the event at
    /// <paramref name="position"/>, with plain SQL. Both stores refuse updates with append-only triggers, so the
    /// attacker switches those off first.
    /// </summary>
    public static void ChangePayload(LedgerProcess ledger, long position, string from, string to)
    {
        var changed = ledger.Kind switch
        {
            StoreKind.Sqlite => ChangeSqlite(ledger.StorePath, position, from, to),
            StoreKind.Postgres => ChangePostgres(ledger.PostgresConnection, position, from, to),
            _ => throw new ArgumentOutOfRangeException(nameof(ledger)),
        };
        // A replace that matched nothing would let the test pass without any tampering.
        Assert.True(changed == 1, $"'{from}' is not in the payload at position {position}");
    }

    /// <summary>
    /// Deletes every event after <paramref name="keep"/> with plain SQL (append-only triggers off first): a journal
    /// cut short at its end, whose own chain is still intact.
    /// </summary>
    public static void CutAfter(LedgerProcess ledger, long keep) =>
        Execute(ledger, "DELETE FROM events WHERE position > " + keep.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");

    /// <summary>Deletes every event, so that the ledger itself can write another history in its place (with a recomputed chain).</summary>
    public static void EmptyJournal(LedgerProcess ledger) => CutAfter(ledger, 0);

    private static void Execute(LedgerProcess ledger, string sql)
    {
        if (ledger.Kind == StoreKind.Sqlite)
        {
            using var connection = new SqliteConnection($"Data Source={ledger.StorePath};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER IF EXISTS events_no_delete; " + sql;
            command.ExecuteNonQuery();
            return;
        }
        using var server = new NpgsqlConnection(ledger.PostgresConnection);
        server.Open();
        using var tamper = new NpgsqlCommand("ALTER TABLE events DISABLE TRIGGER USER; " + sql, server);
        tamper.ExecuteNonQuery();
    }

    private static int ChangeSqlite(string file, long position, string from, string to)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using (var drop = connection.CreateCommand())
        {
            drop.CommandText = "DROP TRIGGER IF EXISTS events_no_update;";
            drop.ExecuteNonQuery();
        }
        using var update = connection.CreateCommand();
        update.CommandText = """
            UPDATE events SET payload = CAST(replace(CAST(payload AS TEXT), $from, $to) AS BLOB)
            WHERE position = $position AND instr(CAST(payload AS TEXT), $from) > 0;
            """;
        update.Parameters.AddWithValue("$from", from);
        update.Parameters.AddWithValue("$to", to);
        update.Parameters.AddWithValue("$position", position);
        return update.ExecuteNonQuery();
    }

    private static int ChangePostgres(string connectionString, long position, string from, string to)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var disable = new NpgsqlCommand("ALTER TABLE events DISABLE TRIGGER USER;", connection))
            disable.ExecuteNonQuery();
        using var update = new NpgsqlCommand(
            """
            UPDATE events SET payload = convert_to(replace(convert_from(payload, 'UTF8'), $1, $2), 'UTF8')
            WHERE position = $3 AND strpos(convert_from(payload, 'UTF8'), $1) > 0;
            """, connection);
        update.Parameters.Add(new NpgsqlParameter { Value = from });
        update.Parameters.Add(new NpgsqlParameter { Value = to });
        update.Parameters.Add(new NpgsqlParameter { Value = position });
        return update.ExecuteNonQuery();
    }
}
