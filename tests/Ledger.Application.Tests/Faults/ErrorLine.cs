using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Application.Tests.Faults;

/// <summary>
/// The one line the CLI prints after <c>error:</c>, taken apart: <c>FILE:ROW:COLUMN what</c>. Parsing it
/// is the check that it is one line, names the file as given and says something.
/// </summary>
internal sealed record ErrorLine(int Row, int Column, string What)
{
    // Line breaks of every kind a terminal or editor honours, not only CR and LF.
    private static readonly char[] Breaks = ['\r', '\n', '\v', '\f', '\u0085', '\u2028', '\u2029'];

    public static ErrorLine Parse(string path, string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message), "the error message is empty");
        Assert.True(message.IndexOfAny(Breaks) < 0, $"the error is more than one line: {System.Text.Json.JsonSerializer.Serialize(message)}");
        Assert.True(message.StartsWith(path + ":", StringComparison.Ordinal), $"the error does not start with the file {path}: {message}");
        var match = Regex.Match(message[path.Length..], @"^:(\d+):(\d+) (\S.*)$", RegexOptions.Singleline);
        Assert.True(match.Success, $"the error is not FILE:ROW:COLUMN what: {message}");
        return new ErrorLine(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            match.Groups[3].Value);
    }

    public override string ToString() => $"{Row}:{Column} {What}";
}
