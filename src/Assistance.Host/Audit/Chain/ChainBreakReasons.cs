namespace Assistance.Host.Audit.Chain;

public static class ChainBreakReasons
{
    /// <summary>The event's content is not what was sealed.</summary>
    public const string Edited = "edited";
    /// <summary>An event that was appended is no longer there.</summary>
    public const string Missing = "missing";
    /// <summary>An event the ledger never sealed, or placed where no append could have put it.</summary>
    public const string Inserted = "inserted";
    /// <summary>The whole stream is gone.</summary>
    public const string Deleted = "deleted";
}
