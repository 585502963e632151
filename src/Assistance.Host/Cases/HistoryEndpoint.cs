using System.Security.Claims;
using Assistance.Domain.Cases;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Cases;

public static class HistoryEndpoint
{
    /// <summary>Every recorded event of the case, oldest first, with who recorded it; ID numbers masked unless revealed as on the case.</summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/households/{id}/history", OperationId = "getCaseHistory",
        Summary = "案件历史",
        Description = "案件记录的每一个事件，按时间先后，含记录人和生效日期；身份证号脱敏，除非按查看案件的规则显示完整号码。")]
    public static async Task<IResult> Get(Guid id, bool? showIdNumbers, IQuerySession session, ClaimsPrincipal user, IDocumentStore store,
        NodaTime.IClock clock, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        var current = await CaseReader.LoadVisibleAsync(session, id, signedIn, ct);
        if (current is null) return Problems.CaseNotFound(id);
        if (await CaseReader.RevealIdNumbersAsync(showIdNumbers, current, signedIn, store, clock, ct) is not { } reveal)
            return CaseReader.FullIdNumbersRefused();
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var correctedBy = events.Where(e => e.Data is CaseCorrected).GroupBy(e => ((CaseCorrected)e.Data).CorrectsVersion)
            .ToDictionary(g => g.Key, g => g.Max(e => e.Version));
        return IdNumberMasking.Answer(events.Select(e => HistoryEntry.Of(e) with { CorrectedBy = correctedBy.TryGetValue(e.Version, out var by) ? by : null }).ToList(), reveal);
    }
}
