using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// The NOTIFY an append sends inside its transaction, so listeners hear of it exactly when it commits (and never
/// of a rolled-back one). One channel per database; the payload names the schema, so ledgers in other schemas
/// of the same database are told apart.
/// </summary>
internal static class AppendNotification
{
    public const string Channel = "ledger_events";

    public static async Task SendAsync(NpgsqlConnection connection, long lastPosition, CancellationToken ct)
    {
        await using var notify = new NpgsqlCommand($"SELECT pg_notify('{Channel}', current_schema() || ':' || @position);", connection);
        notify.Parameters.AddWithValue("position", lastPosition.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await notify.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The schema and position of a notification's payload, or null when it is not one of ours.</summary>
    public static (string Schema, long Position)? Parse(string payload)
    {
        var colon = payload.LastIndexOf(':');
        return colon > 0 && long.TryParse(payload.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture, out var position)
            ? (payload[..colon], position)
            : null;
    }
}
