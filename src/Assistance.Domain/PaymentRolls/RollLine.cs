namespace Assistance.Domain.PaymentRolls;

/// <summary>
/// One line of a payment roll (发放名册): what one case is paid in the roll, and for which month; a 补发/追回 line caused by
/// a correction cites it (<see cref="Cause"/>).
/// </summary>
public sealed record RollLine(
    Guid CaseId,
    string HeadName,
    string HeadIdNumber,
    int Persons,
    decimal Amount,
    RollLineKind Kind,
    YearMonth ForMonth,
    string? Cause = null);
