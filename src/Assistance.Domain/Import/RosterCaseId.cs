using System.Security.Cryptography;
using System.Text;

namespace Assistance.Domain.Import;

/// <summary>
/// The case id of a roster household: a name-based UUID (RFC 9562 version 5) of county code and household number,
/// so that importing the same household again finds the case it created the first time.
/// </summary>
public static class RosterCaseId
{
    private static readonly Guid Namespace = new("6f1c5a2e-3b7d-4e0a-9a51-1d2b8c4e7f30");

    public static Guid For(string countyCode, string householdNumber) => NameBased(Namespace, $"{countyCode}/{householdNumber}");

    public static Guid NameBased(Guid @namespace, string name)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(name.Length)];
        @namespace.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(name, input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
