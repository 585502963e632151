namespace Assistance.Host.Worklists.Counts;

/// <summary>The day (yyyyMMdd) before which <see cref="WorklistTallyFold"/> last folded the tallies; one document for the ledger.</summary>
public sealed class WorklistTalliesFolded
{
    public const string TheId = "worklist-tallies";

    public string Id { get; set; } = TheId;
    public int Before { get; set; }
}
