namespace Ledger.Generating;

/// <summary>
/// Names of places, kabupaten and funding sources. Kecamatan are named after places of Luwu Raya and the
/// neighbouring kabupaten of South Sulawesi, where the seed documents come from.
/// </summary>
public static class PlaceNames
{
    public static readonly IReadOnlyList<string> Kecamatan =
    [
        "Mangkutana", "Kalaena", "Malili", "Towuti", "Nuha", "Wasuponda", "Wotu", "Tomoni", "Burau", "Angkona",
        "Tomoni Timur", "Sukamaju", "Bone-Bone", "Masamba", "Baebunta", "Malangke", "Sabbang", "Limbong", "Seko", "Rampi",
        "Mappedeceng", "Tanalili", "Bua", "Ponrang", "Larompong", "Suli", "Belopa", "Bajo", "Latimojong", "Walenrang",
        "Lamasi", "Kamanre", "Bupon", "Pitumpanua", "Maiwa", "Anggeraja", "Baraka", "Alla", "Curio", "Malua",
    ];

    public static readonly IReadOnlyList<string> Desa =
    [
        "Balai Kembang", "Sindu Agung", "Margolembo", "Maleku", "Wonorejo", "Wonorejo Timur", "Kasintuwu", "Teromu",
        "Pancakarsa", "Manggala", "Koroncia", "Lera", "Pongkeru", "Harapan", "Mekar Sari", "Sumber Makmur",
    ];

    /// <summary>One kabupaten per data set: the pemda whose Perda and Perbup every stage cites.</summary>
    public static readonly IReadOnlyList<string> Kabupaten =
    [
        "Luwu Timur", "Luwu Utara", "Luwu", "Sidenreng Rappang", "Wajo", "Enrekang", "Pinrang", "Toraja Utara",
    ];

    public static readonly IReadOnlyList<string> SumberDana =
    [
        "Dana Alokasi Umum", "Pendapatan Asli Daerah", "Dana Alokasi Khusus", "Dana Bagi Hasil", "Pendapatan Daerah",
    ];

    /// <summary>How often each of <see cref="SumberDana"/> occurs.</summary>
    public static readonly IReadOnlyList<int> SumberDanaWeights = [50, 20, 10, 5, 15];
}
