using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ledger.Store.Sqlite;

/// <summary>
/// Reads one batch of (position, payload) rows straight through SQLite's C API: the payload is copied
/// from SQLite's own buffer into the batch, with no array, string or boxed value per row. This is the
/// read under a replay of the whole journal. Stateless; thread-safe (each call uses its caller's connection).
/// </summary>
internal static class PayloadPages
{
    private const string Sql = "SELECT position, payload FROM events WHERE position > ?1 ORDER BY position LIMIT ?2;";

    /// <summary>The events after <paramref name="after"/>, as many as fit one batch; an empty batch at the end of the journal.</summary>
    public static PayloadBatch Read(SqliteConnection connection, long after)
    {
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, Sql, out var statement), db);
        var batch = new PayloadBatch();
        try
        {
            using (statement)
            {
                Check(raw.sqlite3_bind_int64(statement, 1, after), db);
                Check(raw.sqlite3_bind_int(statement, 2, PayloadBatch.MaxEvents), db);
                int rc;
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    batch.Add(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_blob(statement, 1));
                    if (batch.IsFull)
                        break;
                }
                if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
                    Check(rc, db);
            }
            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, db);
    }
}
