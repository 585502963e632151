using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Policy;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>生活自理能力评估: whether each of the six daily activities is achieved (特困 care level).</summary>
public sealed record SelfCareRequest(bool Eating, bool Dressing, bool GettingInOutOfBed, bool Toileting, bool WalkingIndoors, bool Bathing)
{
    public SelfCareAssessment ToAssessment() => new(Eating, Dressing, GettingInOutOfBed, Toileting, WalkingIndoors, Bathing);
}

/// <summary>
/// 家庭经济状况认定 body of the contract: <c>monthlyIncome</c>, or itemised <c>incomes</c> from which the countable total is derived;
/// extended with the 特困 self-care assessment and support mode.
/// </summary>
public sealed record AssessmentRequest(
    string? AssessedOn, decimal? MonthlyIncome, List<IncomeRequest>? Incomes, AssetsRequest? Assets, decimal? RigidExpenditure,
    string? AssessedBy, string? Notes, SelfCareRequest? SelfCare, string? SupportMode, long? ExpectedVersion)
{
    public AssessEconomicStatus Read(FieldReader fields, LocalDate today, PolicyParameters policy, string actor)
    {
        var assessedOn = fields.Date("assessedOn", AssessedOn);
        if (assessedOn > today) fields.Add("assessedOn", "认定日期不能晚于今天");
        var (income, items) = IncomeRequest.ReadTotal(fields, MonthlyIncome, Incomes, policy);
        TekunSupportMode? mode = string.IsNullOrWhiteSpace(SupportMode) ? null : fields.Enum<TekunSupportMode>("supportMode", SupportMode);
        return new AssessEconomicStatus(assessedOn, income, AssetsRequest.Read(fields, Assets),
            fields.Money("rigidExpenditure", RigidExpenditure, required: false), actor, Notes,
            items, SelfCare?.ToAssessment(), mode);
    }
}

public static class AssessEndpoint
{
    [Authorize(Policy = LedgerPolicies.HandleCases)]
    [WolverinePost("/api/households/{id}/assessments", OperationId = "assessEconomicStatus")]
    public static async Task<IResult> Post(Guid id, AssessmentRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var current = await session.LoadAsync<HouseholdCase>(id, ct);
        var signedIn = user.Ledger();
        if (current is null || !signedIn.MaySee(current.CountyCode, current.Township)) return Problems.CaseNotFound(id);
        var fields = new FieldReader(counties);
        var month = MonthOf(request.AssessedOn, clock);
        var policy = await Policies.InForceAsync(session, current.CountyCode, month, ct);
        var command = request.Read(fields, clock.Today(), policy.Parameters, Actors.Of(signedIn));
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, signedIn, state =>
        {
            var household = new HouseholdCircumstances(state.Members, state.Residence, command.MonthlyIncome, command.RigidExpenditure, command.Assets);
            var assessment = EligibilityAssessor.Assess(household, command.AssessedOn.ToYearMonth(), policy.Parameters);
            var finding = new AssessmentFinding(assessment.Classification, assessment.Reasons, policy.Version);
            return Task.FromResult((AssessDecision.Decide(state, command, finding), (object?)assessment));
        }, ct);
    }

    private static YearMonth MonthOf(string? date, IClock clock) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(date ?? "") is { Success: true } parsed ? parsed.Value.ToYearMonth() : clock.Today().ToYearMonth();
}
