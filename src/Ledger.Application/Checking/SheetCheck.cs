using Ledger.Sheets;
using Ledger.Sheets.Budget;
using Ledger.Sheets.Checks;
using Ledger.Sheets.Lines;
using Ledger.Sheets.Performance;
using Ledger.Sheets.Reading;
using Ledger.Sheets.Realisasi;

namespace Ledger.Application.Checking;

/// <summary>
/// The reviewer's report on source sheets: every printed total or percentage that does not follow from
/// the sheets' numbers. Sheets are told apart by their columns (<see cref="SheetKinds.Of"/>).
/// <para>
/// A budget sheet is checked on its own (<see cref="BudgetChecks"/>). A realisasi sheet is checked
/// against the budget sheet given with it (<see cref="RealisasiChecks"/>), paired by order: the nearest
/// budget sheet before it in the list, or, when none precedes it, the only budget sheet given. So
/// <c>check b1 r1 b2 r2</c> pairs r1 with b1 and r2 with b2, and <c>check r1 b1</c> pairs r1 with b1.
/// A realisasi sheet with no budget to pair with (none given, or several, all after it) is checked on
/// its own: its parent totals and grand totals against its own leaves, its percentages not at all.
/// </para>
/// <para>
/// Performance sheets (contract §9) pair the same way: a kinerja sheet with the PK sheet before it, or the only
/// one given, and its printed capaian_pct are checked against the PK's targets (<see cref="KinerjaChecks"/>), with the
/// arah of a Renstra sheet (the one before it, or the only one given) where the PK prints none; without a PK nothing
/// in it can be checked. Renstra and PK sheets are read (a malformed one is refused) and have no printed figure to check.
/// </para>
/// </summary>
public static class SheetCheck
{
    /// <param name="File">The sheet as the user named it (<see cref="SheetSource.Name"/>).</param>
    /// <param name="Kind">What the sheet is.</param>
    /// <param name="Findings">In row order.</param>
    /// <param name="Budget">
    /// For a realisasi sheet, the name of the budget sheet it was checked against; for a kinerja sheet, the PK sheet's;
    /// null when none.
    /// </param>
    public sealed record FileFindings(string File, SheetKind Kind, IReadOnlyList<Finding> Findings, string? Budget = null)
    {
        /// <summary>Rows of a kinerja sheet whose indicator is not in the PK sheet it was checked against.</summary>
        public IReadOnlyList<KinerjaRow> Unmatched { get; init; } = [];
    }

    /// <param name="sources">
    /// The sheets in the order given, each read and parsed as it is enumerated: an edge that opens files lazily reports
    /// the first bad one in that order.
    /// </param>
    /// <exception cref="InputException">A sheet cannot be read or parsed, or is none of the known sheets.</exception>
    public static IReadOnlyList<FileFindings> Run(IEnumerable<SheetSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sheets = sources.Select(Read).ToList();
        var budgets = sheets.Where(s => s.Budget is not null).ToList();
        var pks = sheets.Where(s => s.Pk is not null).ToList();
        var renstras = sheets.Where(s => s.Renstra is not null).ToList();
        var results = new List<FileFindings>();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            if (sheet.Budget is { } budget)
            {
                results.Add(new FileFindings(sheet.Name, SheetKind.Budget, BudgetChecks.Run(budget)));
            }
            else if (sheet.Realisasi is { } realisasi)
            {
                var pair = sheets.Take(i).LastOrDefault(s => s.Budget is not null) ?? (budgets.Count == 1 ? budgets[0] : null);
                results.Add(new FileFindings(sheet.Name, SheetKind.Realisasi, RealisasiChecks.Run(realisasi, pair?.Budget), pair?.Name));
            }
            else if (sheet.Kinerja is { } kinerja)
            {
                var pair = sheets.Take(i).LastOrDefault(s => s.Pk is not null) ?? (pks.Count == 1 ? pks[0] : null);
                var renstra = sheets.Take(i).LastOrDefault(s => s.Renstra is not null) ?? (renstras.Count == 1 ? renstras[0] : null);
                results.Add(pair?.Pk is { } pk
                    ? new FileFindings(sheet.Name, SheetKind.Kinerja, KinerjaChecks.Run(kinerja, pk, renstra?.Renstra), pair.Name)
                    {
                        Unmatched = KinerjaChecks.Unmatched(kinerja, pk),
                    }
                    : new FileFindings(sheet.Name, SheetKind.Kinerja, []));
            }
            else
            {
                results.Add(new FileFindings(sheet.Name, sheet.Kind, []));
            }
        }
        return results;
    }

    private sealed record ParsedSheet(string Name, SheetKind Kind)
    {
        public BudgetSheet? Budget { get; init; }

        public RealisasiSheet? Realisasi { get; init; }

        public PkSheet? Pk { get; init; }

        public KinerjaSheet? Kinerja { get; init; }

        public RenstraSheet? Renstra { get; init; }
    }

    private static ParsedSheet Read(SheetSource source)
    {
        var name = source.Name;
        var read = SheetReader.Read(source);
        if (!read.IsOk)
            throw new InputException(read.Error.ToString());
        var sheet = read.Value;
        var kind = SheetKinds.Of(sheet);
        return kind switch
        {
            SheetKind.Budget => new ParsedSheet(name, kind) { Budget = Parsed(BudgetSheetParser.Parse(sheet)) },
            SheetKind.Realisasi => new ParsedSheet(name, kind) { Realisasi = Parsed(RealisasiSheetParser.Parse(sheet)) },
            SheetKind.Renstra => new ParsedSheet(name, kind) { Renstra = Parsed(RenstraSheetParser.Parse(sheet)) },
            SheetKind.Pk => new ParsedSheet(name, kind) { Pk = Parsed(PkSheetParser.Parse(sheet)) },
            SheetKind.Kinerja => new ParsedSheet(name, kind) { Kinerja = Parsed(KinerjaSheetParser.Parse(sheet)) },
            _ => throw new InputException($"{name}:1:0 neither a budget sheet (kode, uraian, pagu) nor a realisasi sheet (kode, realisasi), "
                + "nor a Renstra (tujuan, indikator), PK (sasaran, indikator, target) or kinerja sheet (indikator, realisasi)"),
        };
    }


    private static T Parsed<T>(SheetResult<T> result)
        where T : class =>
        result.IsOk ? result.Value : throw new InputException(result.Error.ToString());
}
