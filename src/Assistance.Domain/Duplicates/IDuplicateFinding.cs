namespace Assistance.Domain.Duplicates;

/// <summary>A finding of the person's duplicate stream about two cases; both cases' worklists take it in.</summary>
public interface IDuplicateFinding
{
    Guid CaseId { get; }
    Guid OtherCaseId { get; }

    /// <summary>Whether the finding is about these two cases, in either order.</summary>
    bool Links(Guid one, Guid another) => (CaseId == one && OtherCaseId == another) || (CaseId == another && OtherCaseId == one);
}
