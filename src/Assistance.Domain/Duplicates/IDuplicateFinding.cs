namespace Assistance.Domain.Duplicates;

/// <summary>A finding of the person's duplicate stream about two cases; both cases' worklists take it in.</summary>
public interface IDuplicateFinding
{
    Guid CaseId { get; }
    Guid OtherCaseId { get; }
}
