using Ledger.Domain.Values;

namespace Ledger.Sheets.Performance;

/// <summary>
/// One indicator row of a Perjanjian Kinerja sheet (contract §9.2), with the sasaran repeated from the row above
/// where the sheet left it empty.
/// </summary>
/// <param name="Row">The 1-based row in the file.</param>
/// <param name="Sasaran">The sasaran, as printed or repeated.</param>
/// <param name="Indikator">The indicator's name, white space collapsed; the importer matches it to the Renstra.</param>
/// <param name="Satuan">The unit as printed, or null (the Renstra's then).</param>
/// <param name="Arah">Which way it improves as printed, or null (the Renstra's then, else <c>naik</c>).</param>
/// <param name="Target">This year's target.</param>
/// <param name="Programs">The budget lines (programs or kegiatan) serving the indicator, in the order printed, each once.</param>
public sealed record PkRow(
    int Row,
    string Sasaran,
    string Indikator,
    string? Satuan,
    Arah? Arah,
    Quantity Target,
    IReadOnlyList<Kode> Programs);
