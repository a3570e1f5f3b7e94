using Ledger.Application;
using Ledger.Sheets.Reading;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Importing;

/// <summary>
/// An uploaded sheet saved under its own name in a fresh temporary folder, so that the CLI's import path reads
/// it exactly as it reads a file given on the command line, and errors name the file as the user named it.
/// Disposing deletes the folder.
/// </summary>
internal sealed class UploadedSheet : IDisposable
{
    private readonly string _directory;

    private UploadedSheet(string directory, string fileName)
    {
        _directory = directory;
        FileName = fileName;
    }

    /// <summary>The file's own name, without any folder (as the browser sent it, made safe).</summary>
    public string FileName { get; }

    public string Path => System.IO.Path.Combine(_directory, FileName);

    /// <summary>Saves the one file of the form, sent as the field <c>file</c>.</summary>
    /// <exception cref="InputException">
    /// No file, more than one (a second one would otherwise be silently ignored), an empty one, or one over <see cref="SheetLimits.MaxFileBytes"/>.
    /// </exception>
    public static async Task<UploadedSheet> SaveAsync(IFormFileCollection? files, CancellationToken ct)
    {
        if (files is { Count: > 1 })
        {
            var names = string.Join(", ", files.Select(f => $"'{f.Name}'"));
            throw new InputException($"the form holds {files.Count} files ({names}); send exactly one sheet, as the field 'file'");
        }
        var file = files?.GetFile("file")
            ?? throw new InputException("no sheet: send the budget or realisasi sheet as the multipart form field 'file'");
        var name = SafeName(file.FileName);
        if (file.Length == 0)
            throw new InputException($"{name}:0:0 is empty");
        if (file.Length > SheetLimits.MaxFileBytes)
            throw new InputException($"{name}:0:0 is larger than {SheetLimits.MaxFileBytes / (1024 * 1024)} MiB; a sheet this big is not a budget");
        var directory = Directory.CreateTempSubdirectory("ledger-upload-").FullName;
        var sheet = new UploadedSheet(directory, name);
        try
        {
            await using var target = File.Create(sheet.Path);
            await file.CopyToAsync(target, ct);
            return sheet;
        }
        catch
        {
            sheet.Dispose();
            throw;
        }
    }

    /// <summary>A message about the saved file, with the temporary folder taken out: <c>bad.csv:3:3 …</c>.</summary>
    public string WithoutFolder(string message) =>
        message.Replace(_directory + System.IO.Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the OS cleans it.
        }
    }

    public static string SafeName(string? uploaded)
    {
        var name = System.IO.Path.GetFileName((uploaded ?? "").Replace('\\', '/'));
        var invalid = System.IO.Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) || c == ':' ? '_' : c).ToArray()).Trim();
        if (safe.Length > 120)
            safe = safe[..80] + safe[^40..];
        return safe.Length == 0 || safe.All(c => c == '.') ? "lembar.csv" : safe;
    }
}
