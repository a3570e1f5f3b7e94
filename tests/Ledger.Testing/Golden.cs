using System.Runtime.CompilerServices;
using Xunit;

namespace Ledger.Testing;

/// <summary>
/// Approved ("golden") files kept beside the tests. <see cref="Verify"/> compares a received text with the
/// approved file; when the file is missing or differs it writes <c>NAME.received.EXT</c> next to it and fails
/// with the command that approves it (copy received over approved). Approved files end with one newline
/// (the repository's .editorconfig), which the comparison adds to the received text; line endings are normalised.
/// </summary>
public static class Golden
{
    /// <param name="relativePath">Path of the approved file under this test project, e.g. <c>Golden/Events/LineOpened.json</c>.</param>
    public static void Verify(string relativePath, string received, [CallerFilePath] string callerFile = "")
    {
        var approvedPath = Path.Combine(ProjectDirectory(callerFile), relativePath.Replace('/', Path.DirectorySeparatorChar));
        var receivedPath = ReceivedPath(approvedPath);
        var expected = received.ReplaceLineEndings("\n");
        if (!expected.EndsWith('\n'))
            expected += "\n";

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == expected)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
        File.WriteAllText(receivedPath, expected);
        var what = approved is null ? "is missing" : $"differs from the received output ({FirstDifference(approved, expected)})";
        Assert.Fail(
            $"Golden file {relativePath} {what}.\n" +
            $"Received: {receivedPath}\n" +
            $"Inspect it; if it is right, approve it with:\n    cp '{receivedPath}' '{approvedPath}'");
    }

    public static string ReceivedPath(string approvedPath) =>
        Path.Combine(
            Path.GetDirectoryName(approvedPath)!,
            Path.GetFileNameWithoutExtension(approvedPath) + ".received" + Path.GetExtension(approvedPath));

    /// <summary>The directory of the test project: found from the build output, else from this source file.</summary>
    public static string ProjectDirectory([CallerFilePath] string callerFile = "")
    {
        // The running test project, not this shared library.
        var project = (System.Reflection.Assembly.GetEntryAssembly() ?? typeof(Golden).Assembly).GetName().Name + ".csproj";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, project)))
                return dir.FullName;
        }
        for (var dir = new FileInfo(callerFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, project)))
                return dir.FullName;
        }
        throw new InvalidOperationException($"cannot find {project} above {AppContext.BaseDirectory}");
    }

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < r.Length ? r[i] : "<end of file>";
            if (left != right)
                return $"line {i + 1}: approved '{Clip(left)}', received '{Clip(right)}'";
        }
        return "same lines";
    }

    private static string Clip(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
