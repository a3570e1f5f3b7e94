using Ledger.Application;
using Ledger.Sheets.Reading;
using Microsoft.AspNetCore.Http;

namespace Ledger.Web.Importing;

/// <summary>
/// The one sheet of an import form, taken as the stream the form reader holds (nothing is written to a temporary
/// file) and read into a <see cref="SheetSource"/> named as the user named the file, so that errors read
/// <c>anggaran.csv:3:3 …</c> as they do on the command line.
/// </summary>
internal static class SheetUpload
{
    /// <summary>The one file of the form, sent as the field <c>file</c>.</summary>
    /// <exception cref="InputException">
    /// No file, more than one (a second one would otherwise be silently ignored), an empty one, or one over <see cref="SheetLimits.MaxFileBytes"/>.
    /// </exception>
    public static IFormFile Single(IFormFileCollection? files)
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
        return file;
    }

    /// <summary>Reads the uploaded file's stream into memory (bounded by <see cref="SheetLimits.MaxFileBytes"/>).</summary>
    /// <exception cref="InputException">The stream turned out longer than the limit.</exception>
    public static async Task<SheetSource> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var source = await SheetSource.FromStreamAsync(stream, SafeName(file.FileName), ct);
        return source.IsOk ? source.Value : throw new InputException(source.Error.ToString());
    }

    /// <summary>The file's own name as the browser sent it, without any folder, made safe to show and to record.</summary>
    public static string SafeName(string? uploaded)
    {
        var name = Path.GetFileName((uploaded ?? "").Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) || c == ':' ? '_' : c).ToArray()).Trim();
        if (safe.Length > 120)
            safe = safe[..80] + safe[^40..];
        return safe.Length == 0 || safe.All(c => c == '.') ? "lembar.csv" : safe;
    }
}
