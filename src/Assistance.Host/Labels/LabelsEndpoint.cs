using Assistance.Domain.Labels;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Labels;

public static class LabelsEndpoint
{
    /// <summary>The zh-CN terms by concern and identifier (<see cref="LabelCatalogue"/>), for pages that show an identifier the API answered.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/labels", OperationId = "getLabels")]
    public static IResult Get() => Results.Ok(LabelCatalogue.All);
}
