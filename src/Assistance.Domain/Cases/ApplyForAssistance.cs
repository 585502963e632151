namespace Assistance.Domain.Cases;

/// <summary>申请: a household applies for assistance (the case stream opens with this).</summary>
public sealed record ApplyForAssistance(
    Guid CaseId,
    string CountyCode,
    string? Township,
    string? Village,
    Residence Residence,
    Program Program,
    Channel Channel,
    LocalDate AppliedOn,
    IReadOnlyList<Member> Members,
    string? SinglePersonIdNumber,
    string ReceivedBy,
    Guid? PreviousCaseId = null);
