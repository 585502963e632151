using Assistance.Host.Core.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Assistance.Host.PaymentRolls.Totals;
using Assistance.Host.Storage;
using JasperFx;
using Marten;
using Marten.Exceptions;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.PaymentRolls;

public static class PaymentRollEndpoints
{
    /// <summary>The most lines a page of a roll may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// 发放名册: the issued roll, or the draft computed from the entitlement timelines now; whole, or a page of it (<c>limit</c>, and
    /// <c>after</c> the <c>next</c> of the page before) with the totals of the whole roll.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/payment-rolls/{countyCode}/{month}", OperationId = "getPaymentRoll",
        Summary = "查看发放名册",
        Description = "某县某月的发放名册：已签发的名册原样返回，未签发的按当前待遇时间线计算草稿；含补发、追回行及其原因。身份证号脱敏。" +
                      "给出 limit（1–1000）时只返回一页：合计仍为整个名册的合计，一户的各行不分页，next 为下一页的 after（没有下一页时不返回）。")]
    public static async Task<IResult> Get(string countyCode, string month, string? after, string? limit, IDocumentStore store,
        CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var yearMonth = Read(fields, countyCode, month);
        var page = PageOf(fields, after, limit);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        if (user.Ledger().RefuseUnlessWholeCounty(countyCode) is { } refused) return refused;
        var countyName = counties.NameOf(countyCode);
        // A page's totals and lines are separate reads: one snapshot keeps them in agreement while cases change.
        await using var snapshot = await OneSnapshot.OpenAsync(store, ct);
        var session = snapshot.Session;
        if (page is null) return Results.Ok((await PaymentRolls.WholeAsync(session, countyCode, countyName, yearMonth, ct)).View);
        if (await IssuedRollRows.PageAsync(session, countyCode, yearMonth, page.After, page.Limit, ct) is { } issued)
            return issued.Found ? Results.Ok(PaymentRollView.Page(issued, countyName)) : NotInRoll(page.After);
        var issuedMonths = await PaidAmounts.IssuedMonthsAsync(session, countyCode, ct);
        if (page.After is { } from && !await PayableCases.HoldsAsync(session, countyCode, from, ct)) return NotInRoll(from);
        var (lines, next) = await PaymentRolls.DraftPageAsync(session, countyCode, yearMonth, issuedMonths, page.After, page.Limit, ct);
        var totals = await DraftTotals.OfAsync(session, countyCode, yearMonth, issuedMonths.Where(m => m < yearMonth), ct);
        return Results.Ok(PaymentRollView.DraftPage(countyCode, countyName, month, totals, lines, next));
    }

    /// <summary>Issue (freeze) the roll: its lines are stored as they are now and an event records their totals and hash.</summary>
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/payment-rolls/{countyCode}/{month}", OperationId = "issuePaymentRoll",
        Summary = "签发发放名册",
        Description = "审批人签发（冻结）名册：各行按当前内容保存，并以事件记录合计与哈希。已签发的月份，或晚于下个月的月份，答复 409；之后的更正以补发、追回行出现在下月名册中。")]
    public static async Task<IResult> Post(string countyCode, string month, IssueRollRequest? request, IDocumentSession session,
        CountyRegistry counties, TimeProvider time, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var yearMonth = Read(fields, countyCode, month);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        var signedIn = user.Ledger();
        if (signedIn.RefuseUnlessWholeCounty(countyCode) is { } refused) return refused;
        // An issued roll can never be changed, so one frozen months ahead would pay none of the decisions still to come.
        var latest = clock.Today().ToYearMonth().PlusMonths(1);
        if (yearMonth > latest)
            return Problems.Conflict("发放名册尚不能发放",
                $"{month} 的发放名册尚不能发放：发放后名册即冻结，现在最晚只能发放 {PaymentRolls.Format(latest)} 的名册。");
        if (await PaymentRolls.IssuedAsync(session, countyCode, yearMonth, ct) is not null) return AlreadyIssued(countyCode, month, counties);

        var lines = await PaymentRolls.DraftLinesAsync(session, countyCode, yearMonth, ct);
        var issuedBy = Actors.Of(signedIn);
        var view = PaymentRollView.Draft(countyCode, counties.NameOf(countyCode), month, lines);
        var roll = new IssuedPaymentRoll
        {
            Id = IssuedPaymentRoll.IdOf(countyCode, month), CountyCode = countyCode, Month = month, Lines = [.. lines],
            TotalAmount = view.TotalAmount, Households = view.Households, Persons = view.Persons,
            LinesHash = PaymentRollCalculator.Hash(lines), IssuedAt = time.GetUtcNow(), IssuedBy = issuedBy,
        };
        session.Insert(roll);
        session.ActAs(signedIn);
        session.Events.StartStream(PaymentRolls.StreamOf(countyCode, yearMonth), new PaymentRollIssued(
            countyCode, month, roll.TotalAmount, roll.Households, roll.Persons, lines.Count, roll.LinesHash, issuedBy));
        try
        {
            return await AnswerOnCommit.SaveAsync(Results.Ok(PaymentRollView.Of(roll, counties.NameOf(countyCode))), () => session.SaveChangesAsync(ct));
        }
        catch (Exception e) when (e is DocumentAlreadyExistsException or ExistingStreamIdCollisionException)
        {
            return AlreadyIssued(countyCode, month, counties);
        }
    }

    internal static YearMonth Read(FieldReader fields, string countyCode, string month)
    {
        fields.County("countyCode", countyCode);
        return fields.Month("month", month);
    }

    private sealed record RollPage(Guid? After, int Limit);

    /// <summary>The page asked for, or null for the whole roll; a parameter left empty is left out.</summary>
    private static RollPage? PageOf(FieldReader fields, string? after, string? limit)
    {
        if (string.IsNullOrEmpty(after) && string.IsNullOrEmpty(limit)) return null;
        Guid? from = null;
        if (!string.IsNullOrEmpty(after))
        {
            if (Guid.TryParse(after, out var caseId)) from = caseId;
            else fields.Add("after", $"「{after}」不是案件编号：应为上一页答复中的 next");
        }
        return new RollPage(from, fields.Positive("limit", limit, 100, MaxLimit));
    }

    private static IResult NotInRoll(Guid? caseId) =>
        Problems.Invalid(new Dictionary<string, string[]> { ["after"] = [$"「{caseId}」不是本名册中的户：应为上一页答复中的 next"] });

    private static IResult AlreadyIssued(string countyCode, string month, CountyRegistry counties) =>
        Problems.Conflict("发放名册已发放", $"{counties.NameOf(countyCode)} {month} 的发放名册已经发放并冻结，不能重复发放；更正将以补发或追回的方式列入下月名册。");
}
