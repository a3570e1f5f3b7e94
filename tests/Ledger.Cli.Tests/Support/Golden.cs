namespace Ledger.Cli.Tests.Support;

/// <summary>
/// Approved outputs kept in files. On a mismatch the actual output is written beside the approved file
/// as <c>NAME.received.EXT</c> and the test fails saying how to approve it.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual)
    {
        var approved = Repo.Golden(name);
        var received = Path.Combine(Path.GetDirectoryName(approved)!,
            Path.GetFileNameWithoutExtension(approved) + ".received" + Path.GetExtension(approved));
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"no approved file {approved}; review {received} and rename it to approve"
            : $"{name} differs from the approved file; review `diff {approved} {received}` and copy received over approved to approve");
    }
}
