using System.Data.Common;

namespace Ledger.Store;

/// <summary>
/// Reads <see cref="StoredUser"/> rows for the adapters, from a query selecting <c>name, role, unit, created</c> in
/// that order. Each adapter says only how its database keeps <c>created</c>.
/// </summary>
public static class UserRows
{
    /// <summary>Every row of <paramref name="select"/>.</summary>
    /// <param name="select">The query, ready to run on an open connection.</param>
    /// <param name="created">Reads the <c>created</c> column (ordinal 3) of the current row.</param>
    /// <param name="ct">Cancels the read.</param>
    public static async Task<IReadOnlyList<StoredUser>> ReadAllAsync(DbCommand select, Func<DbDataReader, DateTimeOffset> created, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(select);
        await using var reader = await select.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var users = new List<StoredUser>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            users.Add(Row(reader, created));
        return users;
    }

    /// <summary>The first row of <paramref name="select"/>, or null when it has none.</summary>
    /// <param name="select">The query, ready to run on an open connection.</param>
    /// <param name="created">Reads the <c>created</c> column (ordinal 3) of the current row.</param>
    /// <param name="ct">Cancels the read.</param>
    public static async Task<StoredUser?> ReadFirstAsync(DbCommand select, Func<DbDataReader, DateTimeOffset> created, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(select);
        await using var reader = await select.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? Row(reader, created) : null;
    }

    private static StoredUser Row(DbDataReader reader, Func<DbDataReader, DateTimeOffset> created) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        created(reader));
}
