namespace Assistance.Host.Core.Idempotency;

/// <summary>The key a command came with, carried from the middleware to the session listener that records it with the command's writes.</summary>
public sealed class IdempotentRequest(string recordId, string fingerprint, DateTimeOffset expiresAt)
{
    public string RecordId { get; } = recordId;
    public string Fingerprint { get; } = fingerprint;
    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    /// <summary>Whether a write of this request has recorded the key (only the first of several saves does).</summary>
    public bool Recorded { get; set; }

    /// <summary>Whether the record was stored with its answer (<see cref="AnswerOnCommit"/>), so nothing is left to store after the commit.</summary>
    public bool Answered { get; set; }
}
