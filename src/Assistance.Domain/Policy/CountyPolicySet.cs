namespace Assistance.Domain.Policy;

/// <summary>政策参数调整: a county's parameters in force from a month on, until a later version takes over.</summary>
public sealed record CountyPolicySet(string CountyCode, YearMonth EffectiveFrom, PolicyParameters Parameters, string SetBy, string? Reason);
