using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.TemporaryAssistance;

/// <summary>A 临时救助 grant that someone proposes to make, with what was granted to the same people before.</summary>
/// <param name="RecipientIdNumbers">Everyone the grant is for: the household's members.</param>
/// <param name="PriorGrants">Earlier grants to any of these people, from any case; the check picks those in the same calendar year.</param>
/// <param name="DecidedByCounty">The county 民政部门 approves this grant (above township authority, or 一事一议 for a repeat grant).</param>
public sealed record TemporaryGrantRequest(
    Residence Residence,
    decimal Amount,
    LocalDate GrantedOn,
    IReadOnlyList<string> RecipientIdNumbers,
    IReadOnlyList<PriorTemporaryGrant> PriorGrants,
    bool DecidedByCounty = false);
