using Assistance.Domain.Outreach;
using NodaTime;

namespace Assistance.Host.Outreach;

/// <summary>One department's listing of a person: which roster upload, why, and since when.</summary>
public sealed record PersonListing(string Source, RosterCategory Category, Guid RosterId, LocalDate RosteredOn);
