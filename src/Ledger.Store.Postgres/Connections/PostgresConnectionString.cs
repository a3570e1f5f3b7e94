using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Turns a store URI into an Npgsql connection string. Accepted forms (contract §2):
/// <c>postgres://user:pass@host:port/db?key=value&amp;…</c> (also <c>postgresql://</c>; user, password and
/// database percent-decoded; port 5432 when omitted; query keys are Npgsql keywords or their libpq names,
/// e.g. <c>sslmode</c>, <c>search_path</c>, <c>connect_timeout</c>), or an Npgsql connection string after
/// <c>postgres:</c> / <c>postgresql:</c>, or a bare Npgsql connection string. Stateless; thread-safe.
/// </summary>
public static class PostgresConnectionString
{
    /// <exception cref="ArgumentException">Not a PostgreSQL store URI or connection string; the message never shows the password.</exception>
    public static string Parse(string uriOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uriOrConnectionString);
        var text = uriOrConnectionString.Trim();
        foreach (var scheme in new[] { "postgres://", "postgresql://" })
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                return PostgresUri.ToConnectionString(text[scheme.Length..]);
        }
        foreach (var prefix in new[] { "postgres:", "postgresql:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return FromConnectionString(text[prefix.Length..]);
        }
        return FromConnectionString(text);
    }

    /// <summary>Where a connection string points, for messages: <c>host:port/database</c>, never the password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"{b.Host}:{b.Port}/{b.Database ?? b.Username}";
        return string.IsNullOrEmpty(b.SearchPath) ? where : $"{where} (search_path {b.SearchPath})";
    }

    private static string FromConnectionString(string text)
    {
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw new ArgumentException("Not a valid Npgsql connection string: " + ex.Message, nameof(text), ex);
        }
        if (string.IsNullOrEmpty(b.Host))
            throw new ArgumentException("The PostgreSQL connection string names no Host.", nameof(text));
        return b.ConnectionString;
    }
}
