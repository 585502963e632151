using NodaTime;

namespace Assistance.Host.Corrections;

/// <summary>
/// What a correction changed, answered beside the new version: the values, the months, the over- or underpayment it causes up to
/// the month it was recorded (<see cref="Difference"/>), whether it awaits a second approver's signature, and notes in zh-CN.
/// </summary>
public sealed record CorrectionResult(
    Guid CorrectionId, string OriginalValue, string CorrectedValue, YearMonth EffectiveMonth, YearMonth? UntilMonth, decimal? MonthlyAmount,
    decimal Difference, bool AwaitingSecondSignature, IReadOnlyList<string> Notes);
