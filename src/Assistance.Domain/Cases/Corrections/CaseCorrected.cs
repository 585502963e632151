namespace Assistance.Domain.Cases;

/// <summary>
/// 更正: a figure of an earlier event (<see cref="CorrectsVersion"/>) was wrong. The earlier event stays as it was recorded;
/// from <see cref="EffectiveMonth"/> through <see cref="UntilMonth"/> (open-ended when null) the case is entitled to
/// <see cref="MonthlyAmount"/>, or, for an exit month, exits from <see cref="ExitMonth"/>, as if the right figure had been recorded then.
/// A birth date (<see cref="MemberIdNumber"/>, <see cref="BirthDate"/>) moves the months in which ages change what is paid: the case takes
/// <see cref="Segments"/> as its timeline from <see cref="EffectiveMonth"/>, and a 复核 falls due on <see cref="RecheckDueOn"/> when
/// the right age changes the member's work capacity. <see cref="SecondSigner"/> and <see cref="SecondSignature"/> are the 联审联批
/// second approver's, when the county's line asked for one (<see cref="CorrectionFirstSigned"/>).
/// </summary>
public sealed record CaseCorrected(
    Guid CorrectionId,
    long CorrectsVersion,
    string CorrectsEvent,
    CorrectedField Field,
    string OriginalValue,
    string CorrectedValue,
    YearMonth EffectiveMonth,
    YearMonth? UntilMonth,
    decimal? MonthlyAmount,
    YearMonth? ExitMonth,
    string Reason,
    LocalDate CorrectedOn,
    string CorrectedBy,
    string? SecondSigner = null,
    SignatureReference? Signature = null,
    SignatureReference? SecondSignature = null,
    string? MemberIdNumber = null,
    LocalDate? BirthDate = null,
    IReadOnlyList<Entitlements.EntitlementSegment>? Segments = null,
    LocalDate? RecheckDueOn = null) : ICaseEvent;
