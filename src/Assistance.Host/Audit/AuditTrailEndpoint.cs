using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Assistance.Host.Cases;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Audit;

/// <summary>
/// The audit trail (审计留痕) of a case: each event sealed by SHA-256 over the previous seal and the event as stored
/// (version, type, recorded time, actor, data). An auditor who noted the digest at some version can later ask for the
/// digest up to that version again: the same value proves none of those events was changed, removed or reordered.
/// </summary>
public static class AuditTrailEndpoint
{
    [Authorize(Policy = LedgerPolicies.Audit)]
    [WolverineGet("/api/households/{id}/audit", OperationId = "getCaseAuditTrail",
        Summary = "案件审计轨迹",
        Description = "谁在何时做了什么及理由：案件的每个事件及其记录人、记录时间、签章摘要和更正标注。")]
    public static async Task<IResult> Get(Guid id, string? upToVersion, IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await CaseReader.LoadVisibleAsync(session, id, user.Ledger(), ct) is null) return Problems.CaseNotFound(id);
        long upTo = 0;
        if (upToVersion is not null && (!long.TryParse(upToVersion, out upTo) || upTo < 1))
            return Problems.Invalid(new Dictionary<string, string[]> { ["upToVersion"] = [$"「{upToVersion}」不是有效的版本号，须为不小于 1 的整数"] });

        var events = await session.Events.FetchStreamAsync(id, version: upTo, token: ct);
        if (events.Count == 0) return Problems.CaseNotFound(id);
        // Marten answers the whole stream when asked beyond its end; a digest "up to" a version not yet recorded would mislead.
        if (events[^1].Version < upTo)
            return Problems.NotFound("该版本尚不存在", $"案件 {id} 目前只记录到第 {events[^1].Version} 版，没有第 {upTo} 版。");
        var serializer = session.DocumentStore.Options.Serializer();
        var entries = new List<AuditEntry>();
        var seal = "";
        foreach (var e in events)
        {
            var h = HistoryEntry.Of(e);
            var content = $"{seal}\n{h.Version}\n{e.EventTypeName}\n{h.RecordedAt}\n{h.Actor}\n{serializer.ToJson(e.Data)}";
            seal = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            entries.Add(new AuditEntry(h.Version, h.Type, h.Label, h.RecordedAt, h.Actor, seal));
        }
        return Results.Ok(new { caseId = id, version = entries[^1].Version, algorithm = "SHA-256 chain", digest = seal, events = entries });
    }
}
