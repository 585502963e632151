using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Entitlements;

/// <summary>
/// One stretch of months in which a case is entitled to the same program, persons and amount.
/// <see cref="To"/> is the last month covered (inclusive); null while open-ended.
/// </summary>
public sealed record EntitlementSegment(
    Program Program,
    YearMonth From,
    YearMonth? To,
    int Persons,
    decimal MonthlyAmount,
    bool GradualExit = false,
    int? PolicyVersion = null)
{
    public bool Covers(YearMonth month) => month >= From && (To is null || month <= To);
}
