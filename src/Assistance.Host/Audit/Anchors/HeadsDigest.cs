using System.Security.Cryptography;
using System.Text;
using Assistance.Host.Audit.Chain;

namespace Assistance.Host.Audit.Anchors;

/// <summary>The fold of all anchored stream heads into one digest, and how many there are.</summary>
public static class HeadsDigest
{
    public static async Task<(string Digest, long Streams)> ComputeAsync(EventTable table, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long streams = 0;
        await foreach (var head in table.AllAnchoredHeadsAsync(ct))
        {
            sha.AppendData(Encoding.ASCII.GetBytes($"{head.Id:D}:{head.Version}:{head.Hash}\n"));
            streams++;
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), streams);
    }
}
