using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Runtime.Streams;
using NodaTime;
using NodaTime.Text;

namespace Ledger.ClusterNode;

/// <summary>
/// Wire format of the messages that cross nodes under sharding: <see cref="StreamCommand"/> (carrying an
/// <see cref="ImportBudget"/>) and <see cref="WriteResult"/>. Akka's default (Newtonsoft JSON) cannot rebuild
/// NodaTime values or the domain's value types faithfully, so these get explicit DTOs in System.Text.Json.
/// Other budget commands are refused loudly rather than sent half-encoded. Stateless; thread-safe.
/// </summary>
public sealed class StreamMessageSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    private const string CommandManifest = "import-budget";
    private const string AcceptedManifest = "accepted";
    private const string RejectedManifest = "rejected";

    public override int Identifier => 480_101;

    public override string Manifest(object o) => o switch
    {
        StreamCommand => CommandManifest,
        WriteResult.Accepted => AcceptedManifest,
        WriteResult.Rejected => RejectedManifest,
        _ => throw new ArgumentException($"cannot serialize {o.GetType()}", nameof(o)),
    };

    public override byte[] ToBinary(object obj) => obj switch
    {
        StreamCommand { Command: ImportBudget import } => JsonSerializer.SerializeToUtf8Bytes(ImportDto.From(import)),
        StreamCommand other => throw new NotSupportedException($"{other.Command.GetType().Name} has no wire format yet (only ImportBudget crosses nodes)"),
        WriteResult.Accepted a => JsonSerializer.SerializeToUtf8Bytes(new AcceptedDto(a.Count, a.StreamVersion)),
        WriteResult.Rejected r => JsonSerializer.SerializeToUtf8Bytes(new RejectedDto(r.Reason.Message, r.Reason.Kode?.Value, r.Reason.Field)),
        _ => throw new ArgumentException($"cannot serialize {obj.GetType()}", nameof(obj)),
    };

    public override object FromBinary(byte[] bytes, string manifest) => manifest switch
    {
        CommandManifest => new StreamCommand(JsonSerializer.Deserialize<ImportDto>(bytes)!.ToCommand()),
        AcceptedManifest => JsonSerializer.Deserialize<AcceptedDto>(bytes) is { } a ? new WriteResult.Accepted(a.Count, a.Version) : throw new ArgumentException("empty"),
        RejectedManifest => JsonSerializer.Deserialize<RejectedDto>(bytes) is { } r
            ? new WriteResult.Rejected(new Rejection(r.Message, r.Kode is null ? null : Kode.Parse(r.Kode), r.Field))
            : throw new ArgumentException("empty"),
        _ => throw new ArgumentException($"unknown manifest '{manifest}'", nameof(manifest)),
    };

    internal sealed record AcceptedDto(int Count, long Version);

    internal sealed record RejectedDto(string Message, string? Kode, string? Field);

    internal sealed record QuantityDto(decimal Value, string Satuan)
    {
        public static QuantityDto? From(Quantity? q) => q is { } v ? new QuantityDto(v.Value, v.Satuan) : null;

        public static Quantity? To(QuantityDto? q) => q is null ? null : new Quantity(q.Value, q.Satuan);
    }

    internal sealed record IndicatorDto(string Name, QuantityDto? Target, Arah Arah, QuantityDto? TargetRenstra);

    internal sealed record LineDto(
        string Kode, Level Level, string? Parent, string Uraian, string? Lokasi, string? SumberDana, string? KelompokSasaran,
        long Pagu, long? PaguRenstra, List<IndicatorDto> Indicators);

    internal sealed record ImportDto(
        string Unit, int Year, Stage Stage, string Effective, string RecordedAt, string Actor, string? Basis, string? Reason,
        string Source, bool HasIndicators, List<LineDto> Lines)
    {
        public static ImportDto From(ImportBudget c) => new(
            c.Context.Unit, c.Context.FiscalYear, c.Context.Stage, LocalDatePattern.Iso.Format(c.Context.Effective),
            InstantPattern.ExtendedIso.Format(c.Context.RecordedAt), c.Context.Actor, c.Context.Basis, c.Context.Reason,
            c.Source, c.HasIndicators,
            c.Lines.Select(l => new LineDto(
                l.Kode.Value, l.Level, l.Parent?.Value, l.Uraian, l.Attributes.Lokasi, l.Attributes.SumberDana, l.Attributes.KelompokSasaran,
                l.Pagu.Rupiah, l.PaguRenstra?.Rupiah,
                l.Indicators.Select(i => new IndicatorDto(i.Name, QuantityDto.From(i.Target), i.Arah, QuantityDto.From(i.TargetRenstra))).ToList())).ToList());

        public ImportBudget ToCommand()
        {
            var context = new CommandContext(
                Unit, Year, Stage, LocalDatePattern.Iso.Parse(Effective).GetValueOrThrow(),
                InstantPattern.ExtendedIso.Parse(RecordedAt).GetValueOrThrow(), Actor, Basis, Reason);
            var lines = Lines.Select(l => new PlannedLine(
                Kode.Parse(l.Kode), l.Level, l.Parent is null ? null : Kode.Parse(l.Parent), l.Uraian,
                new LineAttributes(l.Lokasi, l.SumberDana, l.KelompokSasaran), new Money(l.Pagu),
                l.Indicators.Select(i => new PlannedIndicator(i.Name, QuantityDto.To(i.Target), i.Arah) { TargetRenstra = QuantityDto.To(i.TargetRenstra) }).ToList())
            {
                PaguRenstra = l.PaguRenstra is { } p ? new Money(p) : null,
            }).ToList();
            return new ImportBudget(context, Source, lines, HasIndicators);
        }
    }
}
