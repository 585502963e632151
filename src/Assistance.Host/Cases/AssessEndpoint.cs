using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

/// <summary>家庭经济状况认定 body of the contract.</summary>
public sealed record AssessmentRequest(
    string? AssessedOn, decimal? MonthlyIncome, AssetsRequest? Assets, decimal? RigidExpenditure, string? AssessedBy, string? Notes, long? ExpectedVersion)
{
    public AssessEconomicStatus Read(FieldReader fields, LocalDate today)
    {
        var assessedOn = fields.Date("assessedOn", AssessedOn);
        if (assessedOn > today) fields.Add("assessedOn", "认定日期不能晚于今天");
        return new AssessEconomicStatus(assessedOn, fields.Money("monthlyIncome", MonthlyIncome), AssetsRequest.Read(fields, Assets),
            fields.Money("rigidExpenditure", RigidExpenditure, required: false), fields.Text("assessedBy", AssessedBy), Notes);
    }
}

public static class AssessEndpoint
{
    [WolverinePost("/api/households/{id}/assessments", OperationId = "assessEconomicStatus")]
    public static async Task<IResult> Post(Guid id, AssessmentRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var command = request.Read(fields, clock.Today());
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return await CaseStreams.DecideAsync(session, id, request.ExpectedVersion, command.AssessedBy,
            state => AssessDecision.Decide(state, command), ct);
    }
}
