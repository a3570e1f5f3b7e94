namespace Ledger.Sheets.Tests.Support;

/// <summary>
/// Golden-file comparison: the approved output lives in Golden/NAME. On a mismatch (or when none is
/// approved yet) the actual output is written beside it as NAME.received.EXT and the test fails;
/// approve a change by reviewing the diff and renaming the received file over the approved one.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var approvedPath = TestFiles.Golden(name);
        var receivedPath = ReceivedPath(approvedPath);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        var hint = approved is null
            ? $"no approved file {approvedPath}; review {receivedPath} and rename it to approve"
            : $"{name} differs from the approved file at line {FirstDifferentLine(approved, actual)}; "
              + $"see: diff {approvedPath} {receivedPath}";
        Assert.Fail(hint);
    }

    private static string ReceivedPath(string approvedPath)
    {
        var directory = Path.GetDirectoryName(approvedPath)!;
        var fileName = Path.GetFileName(approvedPath);
        var dot = fileName.IndexOf('.');
        var received = dot < 0 ? fileName + ".received" : fileName[..dot] + ".received" + fileName[dot..];
        return Path.Combine(directory, received);
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        return i + 1;
    }
}
