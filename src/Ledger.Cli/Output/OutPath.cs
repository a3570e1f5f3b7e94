using Ledger.Application;

namespace Ledger.Cli.Output;

/// <summary>
/// Checks and opens the file of <c>--out</c>. Its folder must already exist (a mistyped folder is refused, never
/// created), the path must not be a folder, and a file that can't be written is one <c>error:</c> line (exit 1).
/// </summary>
public static class OutPath
{
    /// <summary>The full path of <paramref name="outPath"/> once it names a file in an existing folder.</summary>
    /// <exception cref="InputException">The path is a folder, or its folder does not exist.</exception>
    public static string Check(string outPath)
    {
        string full;
        try
        {
            full = Path.GetFullPath(outPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException($"--out '{outPath}' is not a usable path: {e.Message}");
        }
        if (Directory.Exists(full) || outPath.EndsWith('/') || outPath.EndsWith(Path.DirectorySeparatorChar))
            throw new InputException($"--out '{outPath}' is a folder: give a file name, e.g. {Path.Combine(outPath, "tabel.csv")}");
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new InputException($"--out '{outPath}': the folder {folder} does not exist (it is not created; check the path)");
        return full;
    }

    /// <summary>Runs <paramref name="write"/>, turning a refused or failed file operation into one line.</summary>
    /// <exception cref="InputException">The file could not be created, written or renamed.</exception>
    public static async Task<T> WritingAsync<T>(string outPath, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"--out '{outPath}' can't be written: permission denied ({e.Message})");
        }
        catch (IOException e) when (e.HResult != NoSpaceErrno)
        {
            throw new InputException($"--out '{outPath}' can't be written: {e.Message}");
        }
    }

    // A full disk is left to StoreFailures, which names it as such.
    private const int NoSpaceErrno = 28;
}
