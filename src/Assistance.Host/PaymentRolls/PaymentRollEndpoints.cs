using Assistance.Host.Core.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using JasperFx;
using Marten;
using Marten.Exceptions;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.PaymentRolls;

public static class PaymentRollEndpoints
{
    /// <summary>发放名册: the issued roll, or the draft computed from the entitlement timelines now.</summary>
    [Authorize(Policy = LedgerPolicies.ReadCases)]
    [WolverineGet("/api/payment-rolls/{countyCode}/{month}", OperationId = "getPaymentRoll",
        Summary = "查看发放名册",
        Description = "某县某月的发放名册：已签发的名册原样返回，未签发的按当前待遇时间线计算草稿；含补发、追回行及其原因。身份证号脱敏。")]
    public static async Task<IResult> Get(string countyCode, string month, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user, CancellationToken ct)
    {
        var (yearMonth, errors) = Read(countyCode, month, counties);
        if (errors is not null) return Problems.Invalid(errors);
        if (user.Ledger().RefuseUnlessWholeCounty(countyCode) is { } refused) return refused;
        var issued = await PaymentRolls.IssuedAsync(session, countyCode, yearMonth, ct);
        if (issued is not null) return Results.Ok(PaymentRollView.Of(issued, counties.NameOf(countyCode)));
        var lines = await PaymentRolls.DraftLinesAsync(session, countyCode, yearMonth, ct);
        return Results.Ok(PaymentRollView.Draft(countyCode, counties.NameOf(countyCode), month, lines));
    }

    /// <summary>Issue (freeze) the roll: its lines are stored as they are now and an event records their totals and hash.</summary>
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverinePost("/api/payment-rolls/{countyCode}/{month}", OperationId = "issuePaymentRoll",
        Summary = "签发发放名册",
        Description = "审批人签发（冻结）名册：各行按当前内容保存，并以事件记录合计与哈希。已签发的月份，或晚于下个月的月份，答复 409；之后的更正以补发、追回行出现在下月名册中。")]
    public static async Task<IResult> Post(string countyCode, string month, IssueRollRequest? request, IDocumentSession session,
        CountyRegistry counties, TimeProvider time, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var (yearMonth, errors) = Read(countyCode, month, counties);
        if (errors is not null) return Problems.Invalid(errors);
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

    private static (YearMonth Month, IDictionary<string, string[]>? Errors) Read(string countyCode, string month, CountyRegistry counties)
    {
        var fields = new FieldReader(counties);
        fields.County("countyCode", countyCode);
        var yearMonth = fields.Month("month", month);
        return (yearMonth, fields.HasErrors ? fields.Errors : null);
    }

    private static IResult AlreadyIssued(string countyCode, string month, CountyRegistry counties) =>
        Problems.Conflict("发放名册已发放", $"{counties.NameOf(countyCode)} {month} 的发放名册已经发放并冻结，不能重复发放；更正将以补发或追回的方式列入下月名册。");
}
