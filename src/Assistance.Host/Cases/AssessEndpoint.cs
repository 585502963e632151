using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Amounts;

namespace Assistance.Host.Cases;

/// <summary>生活自理能力评估: whether each of the six daily activities is achieved (特困 care level).</summary>
public sealed record SelfCareRequest(bool Eating, bool Dressing, bool GettingInOutOfBed, bool Toileting, bool WalkingIndoors, bool Bathing)
{
    public SelfCareAssessment ToAssessment() => new(Eating, Dressing, GettingInOutOfBed, Toileting, WalkingIndoors, Bathing);
}

/// <summary>The self-care assessment of one member, where several 特困 persons of a case differ.</summary>
public sealed record MemberSelfCareRequest(string? IdNumber, SelfCareRequest? SelfCare);

/// <summary>
/// 家庭经济状况认定 body of the contract: <c>monthlyIncome</c>, or itemised <c>incomes</c> from which the countable total is derived;
/// extended with the 特困 self-care assessment (<c>selfCare</c> for every supported person, <c>memberSelfCare</c> per person) and support mode.
/// </summary>
public sealed record AssessmentRequest(
    string? AssessedOn, decimal? MonthlyIncome, List<IncomeRequest>? Incomes, AssetsRequest? Assets, decimal? RigidExpenditure,
    string? AssessedBy, string? Notes, SelfCareRequest? SelfCare, List<MemberSelfCareRequest>? MemberSelfCare, string? SupportMode,
    long? ExpectedVersion)
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
            items, SelfCare?.ToAssessment(), mode, members);
    }
}

public static class AssessEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/assessments", OperationId = "assessEconomicStatus",
        Summary = "家庭经济状况认定",
        Description = "经办人录入家庭收入、财产和成员情况，系统按县政策认定为低保、低保边缘、特困或不符合条件，并给出中文理由。须先签订双承诺。")]
    public static async Task<IResult> Post(Guid id, AssessmentRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var today = clock.Today();
        var signedIn = user.Ledger();
        var command = request.Read(fields, today, Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn,
            (state, policy) => AssessDecision.Decide(state, command, policy, today), ct);
    }
}
