namespace Assistance.Domain.TemporaryAssistance;

public enum TemporaryGrantVerdict
{
    Ok,
    AmountNotPositive,

    /// <summary>Above the per-event cap; not even the county may exceed it under these parameters.</summary>
    ExceedsCap,

    /// <summary>Someone in the household already had a grant this calendar year and the county has not decided case by case.</summary>
    AlreadyGrantedThisYear,

    /// <summary>Above what the township may grant on its own.</summary>
    NeedsCountyDecision,
}

/// <summary>The verdict on a proposed 临时救助 grant, with the limits that applied and a zh-CN message for the caseworker.</summary>
public sealed record TemporaryGrantCheck(TemporaryGrantVerdict Verdict, decimal Cap, decimal TownshipAuthority, string Message)
{
    public bool IsAllowed => Verdict == TemporaryGrantVerdict.Ok;
}
