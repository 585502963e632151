using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;
using Assistance.Domain.Amounts;

namespace Assistance.Host.Cases;

/// <summary>
/// 家庭经济状况认定 body of the contract: <c>monthlyIncome</c>, or itemised <c>incomes</c> from which the countable total is derived;
/// extended with the 特困 self-care assessment (<c>selfCare</c> for every supported person, <c>memberSelfCare</c> per person) and support mode,
/// and the twelve months' rigid spending (<c>rigidSpending</c>) the 刚性支出困难 test reads.
/// </summary>
public sealed record AssessmentRequest(
    string? AssessedOn, decimal? MonthlyIncome, List<IncomeRequest>? Incomes, AssetsRequest? Assets, decimal? RigidExpenditure,
    string? AssessedBy, string? Notes, SelfCareRequest? SelfCare, List<MemberSelfCareRequest>? MemberSelfCare, string? SupportMode,
    long? ExpectedVersion, RigidSpendingRequest? RigidSpending = null)
{
    public AssessEconomicStatus Read(FieldReader fields, LocalDate today, string actor)
    {
        var assessedOn = fields.Date("assessedOn", AssessedOn);
        if (assessedOn > today) fields.Add("assessedOn", "认定日期不能晚于今天");
        var (income, items) = IncomeRequest.Read(fields, MonthlyIncome, Incomes);
        TekunSupportMode? mode = string.IsNullOrWhiteSpace(SupportMode) ? null : fields.Enum<TekunSupportMode>("supportMode", SupportMode);
        var members = MemberSelfCare?.Select((m, i) =>
        {
            if (m?.SelfCare is null) fields.Add($"memberSelfCare[{i}].selfCare", "不能为空");
            return new MemberSelfCare(fields.IdNumber($"memberSelfCare[{i}].idNumber", m?.IdNumber), m?.SelfCare?.ToAssessment()!);
        }).ToList();
        return new AssessEconomicStatus(assessedOn, income, AssetsRequest.Read(fields, Assets),
            fields.Money("rigidExpenditure", RigidExpenditure, required: false), actor, Notes,
            items, SelfCare?.ToAssessment(), mode, members, RigidSpendingRequest.Read(fields, RigidSpending));
    }
}
