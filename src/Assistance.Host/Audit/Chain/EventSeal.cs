using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// 事件封存: SHA-256 over the previous event's seal and everything stored about this event (stream, version, type, data,
/// effective date, actor, recorded time), kept in the event's <see cref="Header"/> header. Each field is length-prefixed,
/// so no two different events spell the same input.
/// </summary>
public static class EventSeal
{
    public const string Header = "chain";

    /// <summary>One hash per thread, reset by every <see cref="IncrementalHash.GetHashAndReset()"/>: a bulk load seals millions of events.</summary>
    [ThreadStatic]
    private static IncrementalHash? _sha;

    public static string Of(string previous, Guid stream, long version, string type, byte[] canonicalData, string? actor, DateTimeOffset recordedAt)
    {
        var sha = _sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Field(sha, previous);
        Field(sha, stream.ToString("D"));
        Field(sha, version.ToString(CultureInfo.InvariantCulture));
        Field(sha, type);
        Field(sha, canonicalData);
        Field(sha, EffectiveDate.Of(canonicalData));
        Field(sha, actor ?? "");
        Field(sha, RecordedTime(recordedAt));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>PostgreSQL keeps microseconds: the ledger seals (and stores) the recorded time cut to them.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);

    private static string RecordedTime(DateTimeOffset t) => ToStoredPrecision(t).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Field(IncrementalHash sha, string value)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, bytes);
        Field(sha, bytes.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(bytes);
    }

    private static void Field(IncrementalHash sha, ReadOnlySpan<byte> value)
    {
        Span<byte> prefix = stackalloc byte[16];
        value.Length.TryFormat(prefix, out var digits, provider: CultureInfo.InvariantCulture);
        prefix[digits] = (byte)':';
        sha.AppendData(prefix[..(digits + 1)]);
        sha.AppendData(value);
        sha.AppendData("\n"u8);
    }
}
