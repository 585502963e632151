using NodaTime;

namespace Assistance.Host.Policy;

/// <summary>
/// 政策参数已调整: a new version of a county's parameters was committed, in force from <see cref="EffectiveFrom"/>. Published
/// through Wolverine's outbox with the change itself, so it is sent exactly when the change commits; other capabilities
/// (the worklists) subscribe to it rather than being called by the policy endpoints.
/// </summary>
public sealed record CountyPolicyChanged(string CountyCode, YearMonth EffectiveFrom, int Version);
