namespace Assistance.Host.Audit.Chain;

public static class ChainBreakReasons
{
    /// <summary>The event's content is not what was sealed.</summary>
    public const string Edited = "edited";
    /// <summary>An event that was appended is no longer there.</summary>
    public const string Missing = "missing";
    /// <summary>An event the ledger never sealed, or placed where no append could have put it.</summary>
    public const string Inserted = "inserted";
    /// <summary>Events stored before the chain existed, not sealed yet (run the <c>seal</c> verb once): not tampering, not proof either.</summary>
    public const string Unsealed = "unsealed";
    /// <summary>The whole stream is gone.</summary>
    public const string Deleted = "deleted";
}
