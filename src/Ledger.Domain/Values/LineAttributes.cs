namespace Ledger.Domain.Values;

/// <summary>Descriptive attributes of a budget line, kept as printed. Empty cells are null.</summary>
public sealed record LineAttributes(string? Lokasi, string? SumberDana, string? KelompokSasaran)
{
    /// <summary>No attribute given.</summary>
    public static readonly LineAttributes None = new(null, null, null);
}
