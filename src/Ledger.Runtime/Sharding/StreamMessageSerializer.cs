using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;
using Ledger.Domain.Budget.Commands;
using Ledger.Journal.Writing;
using Ledger.Runtime.Sharding.Wire;
using Ledger.Runtime.Streams;

namespace Ledger.Runtime.Sharding;

/// <summary>
/// Wire format of the messages that cross nodes under sharding: <see cref="StreamCommand"/> carrying any write
/// command (<see cref="ImportBudget"/>, <see cref="ImportRealisasi"/>, <see cref="CorrectPagu"/>) and
/// the stream actor's answer, a <see cref="WriteOutcome"/>. Akka's default (Newtonsoft JSON) cannot rebuild NodaTime values or the domain's value
/// types faithfully, so these get explicit DTOs (<c>Sharding/Wire</c>) in System.Text.Json; the manifest names the
/// message. Cluster mode binds it (<see cref="Hosting.RuntimeConfig"/>), so every node runs the same format. A command without a wire format is refused loudly rather than sent half-encoded. Stateless; thread-safe.
/// </summary>
public sealed class StreamMessageSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>The HOCON that makes an actor system use this serializer for the stream messages.</summary>
    public const string Config = """
        akka.actor {
          serializers.ledger-stream = "Ledger.Runtime.Sharding.StreamMessageSerializer, Ledger.Runtime"
          serialization-bindings {
            "Ledger.Runtime.Streams.StreamCommand, Ledger.Runtime" = ledger-stream
            "Ledger.Journal.Writing.WriteOutcome, Ledger.Journal" = ledger-stream
          }
        }
        """;

    private const string ImportBudgetManifest = "import-budget";
    private const string ImportRealisasiManifest = "import-realisasi";
    private const string CorrectPaguManifest = "correct-pagu";
    private const string AcceptedManifest = "accepted";
    private const string RejectedManifest = "rejected";

    /// <summary>Property names in camelCase, enums (level, arah) by their lower-case names: readable in a packet capture.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public override int Identifier => 480_101;

    public override string Manifest(object o) => o switch
    {
        StreamCommand { Command: ImportBudget } => ImportBudgetManifest,
        StreamCommand { Command: ImportRealisasi } => ImportRealisasiManifest,
        StreamCommand { Command: CorrectPagu } => CorrectPaguManifest,
        StreamCommand other => throw Unsupported(other),
        WriteOutcome.Accepted => AcceptedManifest,
        WriteOutcome.Rejected => RejectedManifest,
        _ => throw new ArgumentException($"cannot serialize {o.GetType()}", nameof(o)),
    };

    public override byte[] ToBinary(object obj) => obj switch
    {
        StreamCommand { Command: ImportBudget c } => Encode(ImportBudgetDto.From(c)),
        StreamCommand { Command: ImportRealisasi c } => Encode(ImportRealisasiDto.From(c)),
        StreamCommand { Command: CorrectPagu c } => Encode(CorrectPaguDto.From(c)),
        StreamCommand other => throw Unsupported(other),
        WriteOutcome.Accepted a => Encode(AcceptedDto.From(a)),
        WriteOutcome.Rejected r => Encode(RejectionDto.From(r.Reason)),
        _ => throw new ArgumentException($"cannot serialize {obj.GetType()}", nameof(obj)),
    };

    public override object FromBinary(byte[] bytes, string manifest) => manifest switch
    {
        ImportBudgetManifest => new StreamCommand(Decode<ImportBudgetDto>(bytes).ToCommand()),
        ImportRealisasiManifest => new StreamCommand(Decode<ImportRealisasiDto>(bytes).ToCommand()),
        CorrectPaguManifest => new StreamCommand(Decode<CorrectPaguDto>(bytes).ToCommand()),
        AcceptedManifest => Decode<AcceptedDto>(bytes).ToOutcome(),
        RejectedManifest => new WriteOutcome.Rejected(Decode<RejectionDto>(bytes).ToRejection()),
        _ => throw new ArgumentException($"unknown manifest '{manifest}'", nameof(manifest)),
    };

    private static byte[] Encode<T>(T dto) => JsonSerializer.SerializeToUtf8Bytes(dto, Json);

    private static T Decode<T>(byte[] bytes) =>
        JsonSerializer.Deserialize<T>(bytes, Json) ?? throw new ArgumentException($"empty {typeof(T).Name}", nameof(bytes));

    private static NotSupportedException Unsupported(StreamCommand command) =>
        new($"{command.Command.GetType().Name} has no wire format: add one to {nameof(StreamMessageSerializer)} before it crosses nodes");
}
