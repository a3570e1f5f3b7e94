using System.Text;
using Akka.Actor;
using Akka.Configuration;
using Ledger.Domain.Budget;
using Ledger.Domain.Budget.Commands;
using Ledger.Domain.Values;
using Ledger.Journal.Writing;
using Ledger.Runtime.Hosting;
using Ledger.Runtime.Sharding;
using Ledger.Runtime.Streams;
using Ledger.Runtime.Tests.Support;
using Ledger.Testing;
using static Ledger.Runtime.Tests.Sharding.WireSamples;

namespace Ledger.Runtime.Tests.Sharding;

/// <summary>
/// Every message that crosses cluster nodes, through the actor system's serialization as the node configures it:
/// each write command comes back with the same fingerprint, encodes to the same bytes again, and is decided into
/// the same events as the command that was sent.
/// </summary>
public sealed class StreamMessageSerializerTests : IAsyncDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create("wire", ConfigurationFactory.ParseString(StreamMessageSerializer.Config));

    public async ValueTask DisposeAsync() => await _system.Terminate();

    [Fact]
    public void A_budget_import_of_a_seed_sheet_round_trips_and_decides_the_same_events()
    {
        var sent = MaliliBudget();

        var received = RoundTripCommand(sent, "import-budget");

        Assert.Equal(Histories.Decide(sent), Histories.Decide(received));
    }

    [Fact]
    public void A_budget_import_with_every_optional_field_round_trips()
    {
        var sent = EveryOptionalField();

        var received = Assert.IsType<ImportBudget>(RoundTripCommand(sent, "import-budget"));

        Assert.Equal(sent.HasIndicators, received.HasIndicators);
        var line = received.Lines.Single(l => l.Kode.Value == "7.01.01.2.01.01");
        Assert.Equal(new LineAttributes("Kantor Camat", "DAU", "Masyarakat umum"), line.Attributes);
        Assert.Equal(new Money(60_000_000), line.PaguRenstra);
        Assert.Equal([Arah.Naik, Arah.Turun, Arah.Naik], line.Indicators.Select(i => i.Arah));
        Assert.Equal("85.00", line.Indicators[0].TargetRenstra?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(line.Indicators[2].Target);
        Assert.Equal(Histories.Decide(Histories.Murni(Histories.Small), sent), Histories.Decide(Histories.Murni(Histories.Small), received));
    }

    [Fact]
    public void A_realisasi_import_of_a_seed_sheet_round_trips_and_decides_the_same_events()
    {
        var budget = Histories.Decide(MaliliBudget());
        var sent = MaliliTriwulanI();

        var received = Assert.IsType<ImportRealisasi>(RoundTripCommand(sent, "import-realisasi"));

        Assert.False(received.Correction);
        Assert.Equal(sent.Lines.Select(l => (l.Kode, l.Realisasi, l.Kinerja.Count)), received.Lines.Select(l => (l.Kode, l.Realisasi, l.Kinerja.Count)));
        Assert.Equal(Histories.Decide(budget, sent), Histories.Decide(budget, received));
    }

    [Fact]
    public void A_realisasi_correction_keeps_its_flag_its_reason_a_missing_amount_and_the_printed_decimals()
    {
        var sent = Correction();

        var received = Assert.IsType<ImportRealisasi>(RoundTripCommand(sent, "import-realisasi"));

        Assert.True(received.Correction);
        Assert.Equal("SP2D dibatalkan", received.Context.Reason);
        Assert.Null(received.Lines[0].Realisasi);
        Assert.Equal(new Money(1_000_000), received.Lines[1].Realisasi);
        Assert.Equal(new ReportedKinerja("Dokumen", new Quantity(2.50m, "Dokumen")), received.Lines[1].Kinerja.Single());
        Assert.Equal(2, received.Lines[1].Kinerja.Single().Realisasi.Value.Scale);
    }

    [Fact]
    public void A_pagu_correction_round_trips_and_decides_the_same_event()
    {
        var murni = Histories.Decide(Histories.Murni(Histories.Small));
        var sent = PaguCorrection();

        var received = Assert.IsType<CorrectPagu>(RoundTripCommand(sent, "correct-pagu"));

        Assert.Equal((sent.Kode, sent.Pagu), (received.Kode, received.Pagu));
        Assert.Single(Histories.Decide(murni, received));
        Assert.Equal(Histories.Decide(murni, sent), Histories.Decide(murni, received));
    }

    [Fact]
    public void The_pagu_correction_wire_format_is_pinned()
    {
        // Nodes of one cluster must agree on it: a change here needs every node restarted on the new build.
        var (manifest, bytes) = Encode(new StreamCommand(PaguCorrection()));

        Assert.Equal("correct-pagu", manifest);
        Assert.Equal(
            """{"context":{"unit":"Kecamatan Mangkutana","year":2020,"stage":"murni","effective":"2020-03-01","recordedAt":"2020-09-01T08:00:00Z","actor":"perencana@mangkutana","basis":"Nota Dinas 12/2020","reason":"salah ketik pada DPA"},"kode":"7.01.01.2.01.02","pagu":3600000}""",
            Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData(0, -1L)]
    [InlineData(224, 223L)]
    public void An_accepted_answer_round_trips(int count, long version)
    {
        var sent = new WriteOutcome.Accepted(count, version);

        Assert.Equal(sent, RoundTrip(sent, "accepted"));
    }

    [Fact]
    public void A_rejection_round_trips_with_and_without_the_cell_it_points_at()
    {
        WriteOutcome.Rejected[] sent =
        [
            new(new Rejection("pergeseran does not balance: total changes by Rp 500.000")),
            new(new Rejection("realisasi of 02.01.01 falls from 27746290 to 1000000", Kode.Parse("02.01.01"), "realisasi")),
        ];

        Assert.All(sent, rejected => Assert.Equal(rejected, RoundTrip(rejected, "rejected")));
    }

    [Fact]
    public void The_rejection_wire_format_is_pinned_as_one_dto_of_the_deciders_rejection()
    {
        var (manifest, bytes) = Encode(new WriteOutcome.Rejected(new Rejection("realisasi falls", Kode.Parse("02.01.01"), "realisasi")));

        Assert.Equal("rejected", manifest);
        Assert.Equal("""{"message":"realisasi falls","kode":"02.01.01","field":"realisasi"}""", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task The_runtime_in_cluster_mode_sends_commands_and_answers_in_this_format()
    {
        var config = RuntimeConfig.Build("ledger-store://unused", new ClusterOptions(Port: 0));
        var node = ActorSystem.Create("wire-cluster", config);
        try
        {
            Assert.IsType<StreamMessageSerializer>(node.Serialization.FindSerializerFor(new StreamCommand(PaguCorrection())));
            Assert.IsType<StreamMessageSerializer>(node.Serialization.FindSerializerFor(new WriteOutcome.Accepted(1, 0)));
            Assert.IsType<StreamMessageSerializer>(node.Serialization.FindSerializerFor(new WriteOutcome.Rejected(new Rejection("no"))));
        }
        finally
        {
            await node.Terminate();
        }
    }

    [Fact]
    public void A_command_without_a_wire_format_is_refused_before_it_is_sent()
    {
        var unknown = new StreamCommand(new Unknown(Build.Context(Stage.Murni, "2019-12-31")));
        var serializer = _system.Serialization.FindSerializerFor(unknown);

        var refused = Assert.Throws<NotSupportedException>(() => serializer.ToBinary(unknown));
        Assert.Contains("Unknown has no wire format", refused.Message);
    }

    [Fact]
    public void An_unknown_manifest_is_refused()
    {
        var serializer = _system.Serialization.FindSerializerFor(new WriteOutcome.Accepted(0, -1));

        Assert.Throws<ArgumentException>(() => _system.Serialization.Deserialize("{}"u8.ToArray(), serializer.Identifier, "import-something"));
    }

    /// <summary>Sends <paramref name="sent"/> through the wire and checks what every command must keep.</summary>
    private BudgetCommand RoundTripCommand(BudgetCommand sent, string manifest)
    {
        var message = new StreamCommand(sent);
        var received = RoundTrip(message, manifest);

        Assert.Equal(message.Stream, received.Stream);
        Assert.IsType(sent.GetType(), received.Command);
        Assert.Equal(sent.Context, received.Command.Context);
        Assert.Equal(sent.Fingerprint, received.Command.Fingerprint);
        // What the fingerprint leaves out (the source, the actor) must survive too: encoding again gives the same bytes.
        Assert.Equal(Encode(message).Bytes, Encode(received).Bytes);
        return received.Command;
    }

    private T RoundTrip<T>(T message, string manifest)
        where T : notnull
    {
        var encoded = Encode(message);
        Assert.Equal(manifest, encoded.Manifest);
        var serializer = _system.Serialization.FindSerializerFor(message);
        return Assert.IsType<T>(_system.Serialization.Deserialize(encoded.Bytes, serializer.Identifier, encoded.Manifest));
    }

    private (string Manifest, byte[] Bytes) Encode(object message)
    {
        var serializer = Assert.IsType<StreamMessageSerializer>(_system.Serialization.FindSerializerFor(message));
        return (serializer.Manifest(message), serializer.ToBinary(message));
    }

    private sealed record Unknown(CommandContext Context) : BudgetCommand(Context)
    {
        public override string Fingerprint => "unknown";
    }
}
