namespace Assistance.Domain.Policy;

/// <summary>One version of a county's parameters. Version 0 is the shipped defaults (domain notes §7).</summary>
public sealed record PolicyVersion(int Version, YearMonth EffectiveFrom, PolicyParameters Parameters, string SetBy, string? Reason);
