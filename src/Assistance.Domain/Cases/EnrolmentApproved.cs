using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>
/// 审核确认 (approved): the household is enrolled in a program from a month. A 刚性支出困难 recognition holds until
/// <c>RecognisedUntil</c> (the last month, N9 Art.10); other programs run until an exit.
/// </summary>
public sealed record EnrolmentApproved(
    Program Program,
    YearMonth EffectiveMonth,
    decimal MonthlyAmount,
    IReadOnlyList<string> EnrolledIdNumbers,
    string DecidedBy,
    string? Reason,
    LocalDate? NextReviewDue = null,
    int? PolicyVersion = null,
    decimal? ComputedAmount = null,
    decimal AddOnTotal = 0,
    LocalDate? DecidedOn = null,
    decimal? AddOnPerPerson = null,
    SignatureReference? Signature = null,
    SignatureReference? SecondSignature = null,
    YearMonth? RecognisedUntil = null) : ICaseEvent;
