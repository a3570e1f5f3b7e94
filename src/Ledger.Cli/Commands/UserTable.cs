using System.Globalization;
using System.Text;
using Ledger.Web.Users;

namespace Ledger.Cli.Commands;

/// <summary>
/// The users as <c>ledger user list</c> prints them: a header, then one user a line, columns aligned with two spaces
/// between them, <c>-</c> for no unit, the instant added as ISO-8601 UTC to the second.
/// </summary>
internal static class UserTable
{
    public static string Render(IReadOnlyList<ListedUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var rows = new List<string[]> { new[] { "name", "role", "unit", "created" } };
        rows.AddRange(users.Select(u => new[]
        {
            u.Name, u.Role.Name(), u.Unit ?? "-",
            u.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        }));
        var widths = Enumerable.Range(0, 3).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < 3; c++)
                text.Append(row[c].PadRight(widths[c])).Append("  ");
            text.Append(row[3]).Append('\n');
        }
        return text.ToString();
    }
}
