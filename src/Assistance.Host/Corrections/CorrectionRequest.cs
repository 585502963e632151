namespace Assistance.Host.Corrections;

/// <summary>
/// 更正 body: the version of the event whose figure was wrong, which figure (<c>MonthlyIncome</c>, <c>MonthlyAmount</c>,
/// <c>ExitMonth</c>, <c>BirthDate</c>), its right value (yuan, YYYY-MM for an exit month, YYYY-MM-DD for a birth date, then with
/// <c>memberIdNumber</c> naming the member), and why. The approver is the signed-in user; a <c>correctedBy</c> field is ignored.
/// </summary>
public sealed record CorrectionRequest(
    long? CorrectsVersion, string? Field, string? Value, string? Reason, string? CorrectedOn, string? CorrectedBy, string? MemberIdNumber,
    long? ExpectedVersion);
