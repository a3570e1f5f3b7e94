namespace Ledger.Sheets.Reading;

/// <summary>
/// A sheet as it arrived, not yet read: the name its errors carry (the path as the user typed it, or an upload's file
/// name) and its bytes, at most <see cref="SheetLimits.MaxFileBytes"/>. The edges make one from a file (the CLI) or a
/// stream (an upload), so what imports or checks a sheet never opens a path. Immutable, and read as often as wanted;
/// the format is told by the content when read (<see cref="SheetReader"/>), not by the name.
/// </summary>
public sealed class SheetSource
{
    private readonly byte[] _bytes;

    private SheetSource(string name, byte[] bytes)
    {
        Name = name;
        _bytes = bytes;
    }

    /// <summary>The sheet as the user named it; every <see cref="SheetError"/> about it starts with this.</summary>
    public string Name { get; }

    /// <summary>The last segment of <see cref="Name"/>: what the journal records as an import's source file.</summary>
    public string FileName => Path.GetFileName(Name);

    /// <summary>Size in bytes.</summary>
    public int Length => _bytes.Length;

    internal byte[] Bytes => _bytes;

    /// <summary>Reads the file at <paramref name="path"/> whole; a missing, unreadable or too large file is an error naming it as given.</summary>
    public static SheetResult<SheetSource> FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return SheetError.InFile(path, Directory.Exists(path) ? "is a directory, not a sheet" : "file not found");
            if (info.Length > SheetLimits.MaxFileBytes)
                return TooLarge(path);
            return new SheetSource(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return SheetError.InFile(path, "cannot be read: " + e.Message);
        }
    }

    /// <summary>Reads <paramref name="content"/> to its end, refusing it as soon as it passes <see cref="SheetLimits.MaxFileBytes"/>.</summary>
    public static async Task<SheetResult<SheetSource>> FromStreamAsync(Stream content, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > SheetLimits.MaxFileBytes)
                return TooLarge(name);
            buffer.Write(chunk, 0, read);
        }
        return new SheetSource(name, buffer.ToArray());
    }

    /// <summary>A sheet already in memory, as from a test; the bytes are copied.</summary>
    public static SheetResult<SheetSource> FromBytes(ReadOnlySpan<byte> bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return bytes.Length > SheetLimits.MaxFileBytes ? TooLarge(name) : new SheetSource(name, bytes.ToArray());
    }

    internal static SheetError TooLarge(string name) =>
        SheetError.InFile(name, $"is larger than {SheetLimits.MaxFileBytes / (1024 * 1024)} MiB; a sheet this big is not a budget");

    public override string ToString() => $"{Name} ({Length} bytes)";
}
