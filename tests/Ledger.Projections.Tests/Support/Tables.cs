using Ledger.Domain.Events;
using Ledger.Domain.Values;
using Ledger.Projections.Perubahan;
using NodaTime;

namespace Ledger.Projections.Tests.Support;

/// <summary>Builds change tables the way the CLI does (fold the slice, then project) and renders them as plain text.</summary>
public static class Tables
{
    public static PerubahanTable Perubahan(
        IEnumerable<EventEnvelope> events, LocalDate? asOf = null, Instant? asKnownAt = null, Stage? sebelum = null, Stage? setelah = null)
    {
        var slice = new TimeSlice(asOf, asKnownAt);
        return PerubahanProjection.Build(Build.Unit, Build.Year, BudgetAt.Fold(events, slice), slice, sebelum, setelah);
    }

    public static PerubahanRow Row(this PerubahanTable table, string kode) =>
        table.Rows.SingleOrDefault(r => r.Kode == Kode.Parse(kode))
        ?? throw new Xunit.Sdk.XunitException($"no row {kode} in the table; rows: {string.Join(", ", table.Rows.Select(r => r.Kode?.Value ?? "JUMLAH"))}");

    public static bool Has(this PerubahanTable table, string kode) => table.Rows.Any(r => r.Kode == Kode.Parse(kode));

    /// <summary>One line a row: <c>kode|level|uraian|sebelum|setelah|perubahan|indikator|target_sebelum|target_setelah</c>, JUMLAH last.</summary>
    public static string Render(PerubahanTable table)
    {
        var lines = new List<string> { "kode|level|uraian|sebelum|setelah|perubahan|indikator|target_sebelum|target_setelah" };
        lines.AddRange(table.Rows.Select(r => string.Join('|',
            r.Kode?.Value ?? PerubahanProjection.JumlahLabel,
            r.Level?.Name() ?? "",
            r.Uraian,
            r.Sebelum.ToString(),
            r.Setelah.ToString(),
            r.Perubahan.ToString(),
            r.Indikator,
            Targets(r.TargetSebelum),
            Targets(r.TargetSetelah))));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>A row's targets as the printed tables join them: <c>108 Rekening; -</c>; "" when the line is absent.</summary>
    public static string Targets(IReadOnlyList<Quantity?>? targets) =>
        targets is null ? "" : string.Join("; ", targets.Select(t => t?.ToIndonesian() ?? "-"));
}
