using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assistance.Domain.Cases;

/// <summary>
/// 电子签章 reference of a decision: who signed, and the SHA-256 of what was decided, so a printed decision can be matched to
/// the ledger (recompute the digest from the printed facts and compare).
/// </summary>
public sealed record SignatureReference(string Signer, string Sha256)
{
    /// <summary>The digest of the case, the signer and the decision's facts, written invariantly and joined by '|'.</summary>
    public static SignatureReference Of(Guid caseId, string signer, params object?[] facts)
    {
        var content = string.Join('|', new object?[] { caseId, signer }.Concat(facts).Select(f => Convert.ToString(f, CultureInfo.InvariantCulture)));
        return new SignatureReference(signer, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))));
    }
}
