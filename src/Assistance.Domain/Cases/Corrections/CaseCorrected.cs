namespace Assistance.Domain.Cases;

/// <summary>
/// 更正: a figure of an earlier event (<see cref="CorrectsVersion"/>) was wrong. The earlier event stays as it was recorded;
/// from <see cref="EffectiveMonth"/> through <see cref="UntilMonth"/> (open-ended when null) the case is entitled to
/// <see cref="MonthlyAmount"/>, or, for an exit month, exits from <see cref="ExitMonth"/>, as if the right figure had been recorded then.
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
    string? SecondSigner = null) : ICaseEvent;
