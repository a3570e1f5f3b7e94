using System.Security.Cryptography;
using System.Text;

namespace Ledger.Store.Tests;

public sealed class EventHashTests
{
    private static readonly Guid Id = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

    [Fact]
    public void The_hash_is_sha256_over_the_documented_byte_layout()
    {
        var stream = StreamName.For("Dinas Pendidikan", 2025);
        var payload = "{\"pagu\":1000}"u8.ToArray();
        var expected = SHA256.HashData(
        [
            .. new byte[32],
            0, 0, 0, 0, 0, 0, 0, 7,
            0, 0, 0, 21, .. Encoding.UTF8.GetBytes("Dinas Pendidikan/2025"),
            0, 0, 0, 0, 0, 0, 0, 3,
            .. Id.ToByteArray(),
            0, 0, 0, 14, .. Encoding.UTF8.GetBytes("PaguDitetapkan"),
            .. payload,
        ]);

        var hash = EventHash.Compute(new byte[32], new GlobalPosition(7), stream, 3, Id, "PaguDitetapkan", payload);

        Assert.Equal(expected, hash);
    }

    [Fact]
    public void A_large_payload_hashes_the_same_way_as_a_small_one()
    {
        var payload = RandomNumberGenerator.GetBytes(50_000);
        var stream = StreamName.For("Dinas", 2025);
        var header = EventHash.Compute(new byte[32], new GlobalPosition(1), stream, 0, Id, "T", payload);

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(new byte[32]);
        sha.AppendData([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 10, .. "Dinas/2025"u8, 0, 0, 0, 0, 0, 0, 0, 0]);
        sha.AppendData([.. Id.ToByteArray(), 0, 0, 0, 1, (byte)'T', .. payload]);

        Assert.Equal(sha.GetHashAndReset(), header);
    }

    [Fact]
    public void Changing_any_field_changes_the_hash()
    {
        var stream = StreamName.For("Dinas", 2025);
        var baseline = EventHash.Compute(new byte[32], new GlobalPosition(1), stream, 0, Id, "T", [1]);

        Assert.NotEqual(baseline, EventHash.Compute(new byte[32], new GlobalPosition(2), stream, 0, Id, "T", [1]));
        Assert.NotEqual(baseline, EventHash.Compute(new byte[32], new GlobalPosition(1), stream, 1, Id, "T", [1]));
        Assert.NotEqual(baseline, EventHash.Compute(new byte[32], new GlobalPosition(1), StreamName.For("Dinas", 2026), 0, Id, "T", [1]));
        Assert.NotEqual(baseline, EventHash.Compute(new byte[32], new GlobalPosition(1), stream, 0, Guid.NewGuid(), "T", [1]));
        Assert.NotEqual(baseline, EventHash.Compute(new byte[32], new GlobalPosition(1), stream, 0, Id, "U", [1]));
        Assert.NotEqual(baseline, EventHash.Compute(new byte[32], new GlobalPosition(1), stream, 0, Id, "T", [2]));
        Assert.NotEqual(baseline, EventHash.Compute([.. new byte[31], 1], new GlobalPosition(1), stream, 0, Id, "T", [1]));
    }
}
