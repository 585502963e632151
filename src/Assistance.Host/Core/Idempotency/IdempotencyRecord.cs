namespace Assistance.Host.Core.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one user: which request it stood for (a hash of method, path, query and body) and, once
/// answered, the answer to give again. Stored in the transaction of the command's first write, so a key whose command
/// committed is never free again until it expires.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The user's id (the token's <c>sub</c>), a line break, the key.</summary>
    public string Id { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
    public int? Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public byte[] Body { get; set; } = [];

    public static string IdOf(string userId, string key) => $"{userId}\n{key}";
}
