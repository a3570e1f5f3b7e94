using System.Globalization;
using Npgsql;

namespace Ledger.Store.Postgres;

/// <summary>
/// Parses the part of a <c>postgres://</c> URI after the scheme into an Npgsql connection string
/// (see <see cref="PostgresConnectionString"/>). Stateless; thread-safe.
/// </summary>
internal static class PostgresUri
{
    private const int DefaultPort = 5432;

    /// <summary>libpq parameter names whose Npgsql keyword is not simply the name without underscores.</summary>
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
        ["user"] = "Username",
        ["dbname"] = "Database",
    };

    /// <param name="rest">Everything after <c>scheme://</c>: <c>[user[:pass]@]host[:port][/db][?query]</c>.</param>
    public static string ToConnectionString(string rest)
    {
        var query = Cut(ref rest, '?');
        var database = Cut(ref rest, '/');
        var at = rest.LastIndexOf('@');
        var userInfo = at < 0 ? null : rest[..at];
        var hostPort = at < 0 ? rest : rest[(at + 1)..];
        var b = new NpgsqlConnectionStringBuilder();
        (b.Host, b.Port) = HostAndPort(hostPort);
        if (userInfo is not null)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            b.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0)
                b.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }
        if (!string.IsNullOrEmpty(database))
            b.Database = Uri.UnescapeDataString(database);
        foreach (var pair in (query ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = Uri.UnescapeDataString(eq < 0 ? "" : pair[(eq + 1)..]);
            var keyword = LibpqNames.GetValueOrDefault(key) ?? key.Replace("_", "", StringComparison.Ordinal);
            try
            {
                b[keyword] = value;
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
            {
                throw new ArgumentException($"The store URI has an unknown or invalid parameter '{key}'.", nameof(rest), ex);
            }
        }
        return b.ConnectionString;
    }

    /// <summary>Removes and returns what follows the first <paramref name="separator"/> (null if none).</summary>
    private static string? Cut(ref string text, char separator)
    {
        var i = text.IndexOf(separator, StringComparison.Ordinal);
        if (i < 0)
            return null;
        var tail = text[(i + 1)..];
        text = text[..i];
        return tail;
    }

    private static (string Host, int Port) HostAndPort(string text)
    {
        // "[::1]:5432" for IPv6; otherwise the last colon separates the port.
        var close = text.StartsWith('[') ? text.IndexOf(']', StringComparison.Ordinal) : -1;
        var colon = text.LastIndexOf(':');
        var host = close > 0 ? text[1..close] : colon < 0 ? text : text[..colon];
        var portText = colon > close ? text[(colon + 1)..] : "";
        if (host.Length == 0)
            throw new ArgumentException("The store URI names no host: write postgres://user:pass@host:port/db.", nameof(text));
        if (portText.Length == 0)
            return (host, DefaultPort);
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
            throw new ArgumentException($"The store URI has an invalid port '{portText}'.", nameof(text));
        return (host, port);
    }
}
