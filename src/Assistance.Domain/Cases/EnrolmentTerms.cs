using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

/// <summary>What an approval settles, recorded as given (the decider's result, or a decision taken before the ledger existed).</summary>
public sealed record EnrolmentTerms(
    Program Program,
    YearMonth EffectiveMonth,
    decimal MonthlyAmount,
    string DecidedBy,
    string? Reason,
    LocalDate? NextReviewDue = null,
    int? PolicyVersion = null,
    decimal? ComputedAmount = null,
    decimal AddOnTotal = 0,
    LocalDate? DecidedOn = null,
    IReadOnlyList<string>? EnrolledIdNumbers = null,
    decimal? AddOnPerPerson = null,
    YearMonth? RecognisedUntil = null);
