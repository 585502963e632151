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
