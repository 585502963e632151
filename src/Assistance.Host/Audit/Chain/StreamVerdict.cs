namespace Assistance.Host.Audit.Chain;

/// <summary>The result of checking one stream: how many events it holds, its last good seal, and the first break if any.</summary>
public sealed record StreamVerdict(Guid Id, long Events, string? Head, ChainBreak? Break)
{
    public bool Valid => Break is null;
}
