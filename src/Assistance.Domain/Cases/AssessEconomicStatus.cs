using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Cases;

/// <summary>
/// 家庭经济状况认定: record the household's income, assets and rigid expenditure. When <see cref="Incomes"/> are itemised the
/// countable total is derived from them by the county's rules and <see cref="MonthlyIncome"/> is not read. <see cref="RigidSpending"/>
/// (the twelve months before the application) lets the assessment recognise a 刚性支出困难家庭 (N9).
/// </summary>
public sealed record AssessEconomicStatus(
    LocalDate AssessedOn,
    decimal MonthlyIncome,
    Assets Assets,
    decimal RigidExpenditure,
    string AssessedBy,
    string? Notes,
    IReadOnlyList<IncomeItem>? Incomes = null,
    SelfCareAssessment? SelfCare = null,
    TekunSupportMode? SupportMode = null,
    IReadOnlyList<MemberSelfCare>? MemberSelfCare = null,
    RigidSpending? RigidSpending = null);
