namespace Ledger.Domain.Json;

/// <summary>
/// Finds a property name among a fixed set of names straight from its UTF-8 bytes, comparing only
/// names of the same length. Immutable; thread-safe.
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly (byte[] Name, int Index)[][] _byLength;

    public Utf8NameTable(IReadOnlyList<string> names)
    {
        var utf8 = names.Select((name, index) => (Name: System.Text.Encoding.UTF8.GetBytes(name), Index: index)).ToList();
        _byLength = new (byte[], int)[utf8.Max(n => n.Name.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
            _byLength[length] = [.. utf8.Where(n => n.Name.Length == length)];
    }

    /// <summary>The index of the name in the list given to the constructor, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8Name)
    {
        if (utf8Name.Length >= _byLength.Length)
            return -1;
        foreach (var (name, index) in _byLength[utf8Name.Length])
        {
            if (utf8Name.SequenceEqual(name))
                return index;
        }
        return -1;
    }
}
