namespace Assistance.Domain.Duplicates;

/// <summary>Two open cases that both enrol one person, as first flagged.</summary>
public sealed record DuplicatePair(Guid CaseId, string CountyCode, Guid OtherCaseId, string OtherCountyCode, LocalDate FlaggedOn)
{
    public bool Links(Guid one, Guid another) => (CaseId == one && OtherCaseId == another) || (CaseId == another && OtherCaseId == one);
}
