using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

// Every event carries the date or month it takes effect and the acting user; the time it was recorded comes from the store.

/// <summary>
/// An event of a household case stream. Every one has an arm in <see cref="CaseEventFold"/>, a zh-CN label in
/// <see cref="EventLabels"/> and, when it changes the case, an Apply on <see cref="HouseholdCase"/> (the catalogue test checks all three).
/// </summary>
public interface ICaseEvent;

/// <summary>申请受理: the household applied.</summary>
public sealed record ApplicationReceived(
    Guid CaseId,
    string CountyCode,
    string? Township,
    string? Village,
    Residence Residence,
    Program Program,
    Channel Channel,
    LocalDate AppliedOn,
    IReadOnlyList<Member> Members,
    string? SinglePersonIdNumber,
    string ReceivedBy,
    Guid? PreviousCaseId = null) : ICaseEvent;

/// <summary>双承诺: the applicant's integrity commitment and the agency's duty commitment were signed.</summary>
public sealed record DualCommitmentSigned(
    bool ApplicantSigned,
    bool AgencySigned,
    LocalDate SignedOn,
    string SignedBy,
    string? SignatureRef) : ICaseEvent;

/// <summary>Assets declared or found by the data check (in yuan).</summary>
public sealed record Assets(decimal Deposits = 0, decimal Vehicles = 0, decimal Houses = 0, decimal Other = 0)
{
    public decimal Total => Deposits + Vehicles + Houses + Other;
}

/// <summary>
/// One income item of an assessment, by kind. <see cref="WorkStartedOn"/> (wages and business income only) is the month the
/// member found work, from which the county may disregard the item for a while (就业渐退, <see cref="PolicyParameters.EmploymentIncomeDisregardMonths"/>).
/// </summary>
public sealed record IncomeItem(string Kind, decimal Amount, YearMonth? WorkStartedOn = null);

/// <summary>
/// 家庭经济状况认定: the household's economic situation was assessed; <c>RigidSpending</c> is the twelve months' 刚性支出 the
/// 刚性支出困难 test (N9) read, when declared.
/// </summary>
public sealed record EconomicStatusAssessed(
    LocalDate AssessedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    string AssessedBy,
    string? Notes,
    IReadOnlyList<IncomeItem>? Incomes = null,
    Eligibility.HouseholdClassification? Classification = null,
    IReadOnlyList<string>? Reasons = null,
    Eligibility.SelfCareAssessment? SelfCare = null,
    Amounts.TekunSupportMode? SupportMode = null,
    int? PolicyVersion = null,
    IReadOnlyList<string>? TekunIdNumbers = null,
    IReadOnlyList<MemberSelfCare>? MemberSelfCare = null,
    RigidSpending? RigidSpending = null) : ICaseEvent;

/// <summary>生活自理能力评估 of one member, where a case supports several 特困 persons with different levels.</summary>
public sealed record MemberSelfCare(string IdNumber, Eligibility.SelfCareAssessment SelfCare);

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

/// <summary>
/// 初签 (联审联批): the first of two approvers signed an enrolment the county wants two signatures for; nothing is paid
/// and nothing is counted until another approver signs (<see cref="EnrolmentApproved.SecondSignature"/>).
/// </summary>
public sealed record FirstApprovalSigned(EnrolmentTerms Terms, SignatureReference Signature) : ICaseEvent;

/// <summary>不予确认: the application was rejected.</summary>
public sealed record ApplicationRejected(YearMonth EffectiveMonth, string Reason, string DecidedBy, LocalDate? DecidedOn = null,
    SignatureReference? Signature = null) : ICaseEvent;

/// <summary>复核: an enrolled case was reviewed; the outcome takes effect from <see cref="EffectiveMonth"/>.</summary>
public sealed record CaseReviewed(
    LocalDate ReviewedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    ReviewOutcome Outcome,
    decimal MonthlyAmount,
    YearMonth EffectiveMonth,
    YearMonth? GradualExitUntil,
    string ReviewedBy,
    string? Notes,
    LocalDate? NextReviewDue = null,
    int? PolicyVersion = null,
    decimal AddOnTotal = 0,
    decimal? AddOnPerPerson = null) : ICaseEvent;

/// <summary>停发 / 退出: the case left assistance from <see cref="EffectiveMonth"/> (the first month not paid).</summary>
public sealed record CaseExited(ExitReason Reason, YearMonth EffectiveMonth, string DecidedBy, string? Notes,
    SignatureReference? Signature = null) : ICaseEvent;

/// <summary>临时救助: a one-off grant.</summary>
public sealed record TemporaryAssistanceGranted(
    TemporaryKind Kind,
    decimal Amount,
    LocalDate GrantedOn,
    string Reason,
    string GrantedBy,
    bool DecidedByCounty = false,
    IReadOnlyList<string>? RecipientIdNumbers = null) : ICaseEvent;

public enum MemberChangeKind { Birth, Death, MovedIn, MovedOut }

/// <summary>A member joined or left the household from <see cref="EffectiveMonth"/>.</summary>
public sealed record HouseholdMembersChanged(
    MemberChangeKind Kind,
    Member Member,
    LocalDate OccurredOn,
    YearMonth EffectiveMonth,
    string RecordedBy,
    decimal? NewMonthlyAmount = null,
    decimal? NewAddOnTotal = null,
    LocalDate? RecheckDueOn = null,
    decimal? AddOnPerPerson = null) : ICaseEvent;

/// <summary>标准调整: the county's new parameters recomputed the monthly amount from <see cref="EffectiveMonth"/>.</summary>
/// <remarks>
/// <c>AddOnPerPerson</c> (on this event, <see cref="EnrolmentApproved"/> and <see cref="CaseReviewed"/>) is the 分类施保 per qualifying
/// person within the amount: with it the case's timeline follows each member turning 60 or 18 from that month (N1 Art.12).
/// </remarks>
public sealed record EntitlementRecalculated(
    YearMonth EffectiveMonth, decimal MonthlyAmount, int PolicyVersion, string Reason, string RecordedBy, decimal AddOnTotal = 0,
    decimal? AddOnPerPerson = null) : ICaseEvent;
