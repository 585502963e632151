using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Outreach;

/// <summary>A case (current or past, any county) that holds a person as a member, as matching needs it.</summary>
public sealed record CaseMembership(Guid CaseId, string CountyCode, CaseStatus Status, Program Program, bool Enrolled,
    LocalDate AppliedOn, YearMonth? ExitMonth, ExitReason? ExitReason);
