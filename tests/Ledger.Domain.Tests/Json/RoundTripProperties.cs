using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ledger.Domain.Events;
using Ledger.Domain.Json;
using Ledger.Domain.Tests.Support;
using Ledger.Domain.Values;

namespace Ledger.Domain.Tests.Json;

public sealed class RoundTripProperties
{
    private static EventEnvelope RoundTrip(EventEnvelope envelope) => EventJson.Deserialize(EventJson.Serialize(envelope));

    [Property(MaxTest = 300)]
    public Property Arbitrary_amounts_and_codes_round_trip() =>
        Prop.ForAll(Generators.Kodes.ToArbitrary(), Generators.Money.ToArbitrary(), Generators.Money.ToArbitrary(), (kode, from, to) =>
        {
            var envelope = Samples.Of(nameof(PaguRevised)) with { Event = new PaguRevised(kode, from, to) };
            return RoundTrip(envelope) == envelope;
        });

    [Property(MaxTest = 300)]
    public Property Arbitrary_quantities_round_trip() =>
        Prop.ForAll(Generators.Quantities.ToArbitrary(), Generators.Quantities.ToArbitrary(), Generators.Text.ToArbitrary(), (from, to, indikator) =>
        {
            var envelope = Samples.Of(nameof(TargetRevised)) with { Event = new TargetRevised(Kode.Parse("7.01"), indikator, from, to) };
            var back = (TargetRevised)RoundTrip(envelope).Event;
            return (back == envelope.Event).Label($"{from.Value} {to.Value} read back as {back.From.Value} {back.To.Value}");
        });

    [Property(MaxTest = 300)]
    public Property Arbitrary_texts_round_trip_in_every_text_field() =>
        Prop.ForAll(Generators.Text.ToArbitrary(), Generators.Text.ToArbitrary(), Generators.Kodes.ToArbitrary(), (text, other, parent) =>
        {
            var envelope = Samples.Of(nameof(LineOpened)) with
            {
                Unit = text,
                Basis = other,
                Reason = text,
                Actor = other,
                Event = new LineOpened(Kode.Parse(parent.Value + ".01"), Level.SubKegiatan, parent, text, new LineAttributes(other, text, null)),
            };
            return RoundTrip(envelope) == envelope;
        });

    [Property(MaxTest = 200)]
    public Property A_wrapped_code_parses_to_the_printed_code_and_round_trips() =>
        Prop.ForAll(Generators.WrappedKodes.ToArbitrary(), wrapped =>
        {
            var parsed = Kode.Parse(wrapped.Printed);
            var envelope = Samples.Of(nameof(LineRemoved)) with { Event = new LineRemoved(parsed) };
            return parsed == wrapped.Kode && RoundTrip(envelope) == envelope;
        });
}
