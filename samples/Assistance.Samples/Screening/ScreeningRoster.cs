namespace Assistance.Samples.Screening;

/// <summary>A department roster file of the screening.</summary>
public sealed record ScreeningRoster(string File, IReadOnlyList<ScreeningListing> Listings);
