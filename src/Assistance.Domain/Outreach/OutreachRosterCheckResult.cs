using Assistance.Domain.Import;

namespace Assistance.Domain.Outreach;

/// <summary>The listings of a department roster that may be kept, and every bad row with its reason (zh-CN).</summary>
public sealed record OutreachRosterCheckResult(IReadOnlyList<RosterListing> Listings, IReadOnlyList<RosterError> Errors);
