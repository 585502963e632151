namespace Assistance.Domain.TemporaryAssistance;

/// <summary>The verdict on a proposed 临时救助 grant, with the limits that applied and a zh-CN message for the caseworker.</summary>
public sealed record TemporaryGrantCheck(TemporaryGrantVerdict Verdict, decimal Cap, decimal TownshipAuthority, string Message)
{
    public bool IsAllowed => Verdict == TemporaryGrantVerdict.Ok;
}
