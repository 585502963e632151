namespace Assistance.Domain.Outreach;

/// <summary>Whether the ledger already covers a rostered person.</summary>
public enum CoverageStatus
{
    /// <summary>未纳入</summary>
    NotCovered,
    /// <summary>曾纳入、已退出</summary>
    PreviouslyCovered,
    /// <summary>已纳入保障</summary>
    Covered,
}
