using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>标准调整: the county's parameters of <see cref="Version"/> apply to the case from <see cref="From"/>.</summary>
public sealed record RecalculateEntitlement(YearMonth From, PolicyVersion Version, string RecordedBy);
