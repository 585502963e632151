namespace Assistance.Domain.Cases;

/// <summary>
/// 因病致贫: the household was found to have fallen into poverty through illness, from <see cref="EffectiveMonth"/>, on the
/// evidence named (diagnosis, hospital bills, out-of-pocket costs). Not a program of its own (domain notes §1): a fact the
/// office records and counts, beside whatever the case is enrolled in. <see cref="IdNumber"/> is the ill member, when named.
/// </summary>
public sealed record IllnessPovertyRecognised(
    string? IdNumber,
    LocalDate RecognisedOn,
    YearMonth EffectiveMonth,
    string Evidence,
    string RecognisedBy) : ICaseEvent;
