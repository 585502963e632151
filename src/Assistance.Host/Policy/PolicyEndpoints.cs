using Assistance.Host.Core.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistance.Domain.Policy;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Options;
using NodaTime;
using Wolverine.Http;
using Wolverine.Runtime;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Assistance.Host.Policy;

public static class PolicyEndpoints
{
    /// <summary>The parameters in force in <c>month</c> (default: this month) with the version and effective month that carry them.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/counties/{code}/policy", OperationId = "getCountyPolicy",
        Summary = "查看县级政策参数",
        Description = "某县在指定月份（默认本月）生效的政策参数（低保标准、分类施保、特困供养标准、临时救助上限等），及其版本号和生效月份。")]
    public static async Task<IResult> Get(string code, string? month, IQuerySession session, CountyRegistry counties, IClock clock,
        IOptions<HttpJsonOptions> json, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), code, out _, out var refused, "code")) return refused;
        var at = month is null ? clock.Today().ToYearMonth() : fields.Month("month", month);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var version = await Policies.InForceAsync(session, code, at, ct);
        return Results.Ok(PolicyView.Of(code, counties.NameOf(code), at, version, json.Value.SerializerOptions));
    }

    /// <summary>Every version of the county's parameters, oldest first: who set what, from when, and why.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/counties/{code}/policy/history", OperationId = "getCountyPolicyHistory",
        Summary = "政策参数历史版本",
        Description = "某县政策参数的全部版本，按时间先后：谁在何时设置了什么、从何月生效、理由。")]
    public static async Task<IResult> History(string code, IQuerySession session, CountyRegistry counties, IOptions<HttpJsonOptions> json, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), code, out _, out var refused, "code")) return refused;
        if (fields.HasErrors) return Problems.NotFound("县区不存在", $"「{code}」不是已登记的县级行政区划代码。");
        var versions = await Policies.HistoryAsync(session, code, ct);
        return Results.Ok(new[] { CountyPolicy.ShippedDefaults }.Concat(versions)
            .Select(v => PolicyView.Of(code, counties.NameOf(code), v.EffectiveFrom, v, json.Value.SerializerOptions)).ToList());
    }

    /// <summary>What the parameters in the body would do to the county's enrolled cases, without recording anything.</summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePost("/api/counties/{code}/policy/preview", OperationId = "previewCountyPolicy",
        Summary = "预览政策参数调整的影响",
        Description = "系统管理员试算：请求体中的参数若生效，对该县在保案件的金额有何影响（涉及户数、增减金额）；不记录任何内容。")]
    public static async Task<IResult> Preview(string code, JsonObject body, IQuerySession session, CountyRegistry counties,
        IOptions<HttpJsonOptions> json, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!new FieldReader(counties).TryReadCounty(user.Ledger(), code, out _, out var refused, "code")) return refused;
        var change = await PolicyChange.ReadAsync(code, body, session, counties, json.Value.SerializerOptions, ct);
        if (change.Errors is { } errors) return Problems.Invalid(errors);
        var version = new PolicyVersion(await NextVersionAsync(session, code, ct), change.EffectiveFrom, change.Parameters!,
            Actors.Of(user.Ledger()), change.Reason);
        var changes = await StandardChange.PreviewAsync(session, code, change.EffectiveFrom, version, ct);
        return Results.Ok(new
        {
            countyCode = code,
            effectiveFrom = change.EffectiveFrom.ToString("yyyy-MM", null),
            cases = changes,
            casesChanged = changes.Count,
            monthlyDifference = changes.Sum(c => c.Difference),
        });
    }

    /// <summary>
    /// Sets new parameters from <c>effectiveFrom</c> (fields not given keep the values in force then) and recomputes every
    /// enrolled 低保 case's amount from that month as ordinary events on the cases. <see cref="CountyPolicyChanged"/> is
    /// published when, and only when, the change commits.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePut("/api/counties/{code}/policy", OperationId = "setCountyPolicy",
        Summary = "设置县级政策参数",
        Description = "系统管理员设置某县自某月起生效的新参数版本。新的低保标准会以普通事件重新计算每个在保案件自该月起的金额；未来月份的参数由每日任务在当月第一天应用。")]
    public static async Task<IResult> Put(string code, JsonObject body, IDocumentSession session, CountyRegistry counties,
        IOptions<HttpJsonOptions> json, ClaimsPrincipal user, MessageContext messages, CancellationToken ct)
    {
        var signedIn = user.Ledger();
        if (!new FieldReader(counties).TryReadCounty(signedIn, code, out _, out var refused, "code")) return refused;
        var change = await PolicyChange.ReadAsync(code, body, session, counties, json.Value.SerializerOptions, ct);
        if (change.Errors is { } errors) return Problems.Invalid(errors);
        var setBy = Actors.Of(signedIn);

        var stream = await session.Events.FetchForWriting<CountyPolicy>(CountyPolicy.StreamOf(code), ct);
        var version = new PolicyVersion((stream.Aggregate?.Versions.Count ?? 0) + 1, change.EffectiveFrom, change.Parameters!, setBy, change.Reason);
        session.ActAs(signedIn);
        stream.AppendOne(new CountyPolicySet(code, change.EffectiveFrom, change.Parameters!, setBy, change.Reason));
        var changes = await StandardChange.PreviewAsync(session, code, change.EffectiveFrom, version, ct);
        await StandardChange.ApplyAsync(session, changes, change.EffectiveFrom, version, ct);
        // Wolverine enlists this session in its outbox: the message is stored in the change's transaction and sent after the commit.
        await messages.PublishAsync(new CountyPolicyChanged(code, change.EffectiveFrom, version.Version));
        var view = PolicyView.Of(code, counties.NameOf(code), change.EffectiveFrom, version, json.Value.SerializerOptions);
        view["recalculatedCases"] = changes.Count;
        try
        {
            return await AnswerOnCommit.SaveAsync(Results.Ok(view), () => session.SaveChangesAsync(ct));
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            // The endpoint's generated code flushes what was published once it returns, committed or not (wolverine#536);
            // a change the store refused must publish nothing.
            await messages.ClearAllAsync();
            // The global handler words these for a case; here the policy stream or one of the recomputed cases moved.
            return Problems.Conflict("政策参数已被他人修改",
                "提交时该县的政策参数或其低保案件已被他人修改，本次设置未生效。请刷新政策参数后重新提交。");
        }
    }

    private static async Task<int> NextVersionAsync(IQuerySession session, string code, CancellationToken ct) =>
        (await Policies.HistoryAsync(session, code, ct)).Count + 1;
}
