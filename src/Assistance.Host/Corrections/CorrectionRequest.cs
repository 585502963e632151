namespace Assistance.Host.Corrections;

/// <summary>
/// 更正 body: the version of the event whose figure was wrong, which figure (<c>MonthlyIncome</c>, <c>MonthlyAmount</c>,
/// <c>ExitMonth</c>), its right value (yuan, or YYYY-MM for an exit month), and why.
/// </summary>
public sealed record CorrectionRequest(
    long? CorrectsVersion, string? Field, string? Value, string? Reason, string? CorrectedOn, string? CorrectedBy, string? SecondSigner,
    long? ExpectedVersion);
