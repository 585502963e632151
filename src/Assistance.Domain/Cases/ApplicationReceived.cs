using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Cases;

/// <summary>申请受理: the household applied.</summary>
public sealed record ApplicationReceived(
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
    Guid? PreviousCaseId = null) : ICaseEvent;
