using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Cases;

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
