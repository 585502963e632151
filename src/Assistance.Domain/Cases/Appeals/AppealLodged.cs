namespace Assistance.Domain.Cases;

/// <summary>复核申请 / 行政复议 / 举报 received against the decision recorded as <see cref="AgainstVersion"/>; to be handled by <see cref="DueOn"/>.</summary>
public sealed record AppealLodged(
    Guid AppealId,
    AppealKind Kind,
    long AgainstVersion,
    string AgainstEvent,
    LocalDate LodgedOn,
    LocalDate DueOn,
    string Grounds,
    string? Appellant,
    string RecordedBy) : ICaseEvent;
