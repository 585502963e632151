using System.Security.Cryptography;
using System.Text;

namespace Assistance.Domain.Worklists;

/// <summary>A name-based GUID (RFC 9562 version 5 layout over SHA-1): the same text always gives the same id.</summary>
public static class StableGuid
{
    public static Guid Of(string name)
    {
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
