namespace Ledger.Generating;

/// <summary>
/// A kind of perangkat daerah the generator makes units of: its name ("Kecamatan", "Dinas Pendidikan"), its
/// Permendagri 90/2019 urusan and bidang code (<c>7.01</c>, <c>1.01</c>), its technical programs, the things its
/// kegiatan deal with (nouns for uraian and indicators), how often it occurs and how large it is.
/// </summary>
/// <param name="Weight">Relative frequency among generated units.</param>
/// <param name="Size">Ranges of the tree's fan-out for this kind.</param>
public sealed record UnitKind(
    string Name,
    string Bidang,
    int Weight,
    IReadOnlyList<ProgramName> Programs,
    IReadOnlyList<string> Objects,
    TreeSize Size)
{
    public bool IsKecamatan => Name == "Kecamatan";
}

/// <summary>A technical program: its number within the bidang (<c>02</c> of <c>7.01.02</c>) and its name as 90/2019 prints it.</summary>
public sealed record ProgramName(int Number, string Name);

/// <summary>
/// Fan-out of a unit's budget tree, inclusive ranges: technical programs, kegiatan per technical program,
/// sub kegiatan per technical kegiatan, kegiatan of the penunjang program. The penunjang kegiatan take their
/// sub kegiatan from <see cref="PenunjangCatalogue"/>.
/// </summary>
public sealed record TreeSize(
    (int Min, int Max) Programs,
    (int Min, int Max) KegiatanPerProgram,
    (int Min, int Max) SubPerKegiatan,
    (int Min, int Max) PenunjangKegiatan,
    (long Min, long Max) GajiRupiah);
