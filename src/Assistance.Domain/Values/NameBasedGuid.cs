using System.Security.Cryptography;
using System.Text;

namespace Assistance.Domain.Values;

/// <summary>
/// Name-based (version 5, RFC 9562) GUIDs: the same name always gives the same id, so streams keyed by a natural key
/// (a county's policy, a county's payment rolls, an imported household) live in a Guid-keyed store without a lookup table.
/// </summary>
public static class NameBasedGuid
{
    /// <summary>The namespace of all the ledger's name-based ids.</summary>
    public static readonly Guid LedgerNamespace = Guid.Parse("6f1c1d2e-8a3b-4c55-9d7e-0a1b2c3d4e5f");

    public static Guid Create(string name) => Create(LedgerNamespace, name);

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
