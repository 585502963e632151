using System.Security.Claims;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Assistance.Host.PaymentRolls;
using Marten;
using Npgsql;
using NodaTime;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Corrections;

/// <summary>追回清单: every recovery of a county in a period, recovered by an issued roll or pending in the next one.</summary>
public static class RecoveriesEndpoint
{
    [Authorize(Policy = LedgerPolicies.AuditorsOnly)]
    [WolverineGet("/api/audit/recoveries", OperationId = "listRecoveries",
        Summary = "追回清单",
        Description = "审计人员查看某县某期间的全部追回：已由签发名册追回的，以及待下月名册追回的，各附引起追回的更正。")]
    public static async Task<IResult> Get(string? countyCode, string? from, string? to, IQuerySession session, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        if (!fields.TryReadCounty(user.Ledger(), countyCode, out var county, out var refused)) return refused;
        var first = fields.Month("from", from);
        var last = fields.Month("to", to);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);

        var rows = await IssuedAsync(session, county, Format(first), Format(last), ct);
        var issuedMonths = await PaidAmounts.IssuedMonthsAsync(session, county, ct);
        var next = issuedMonths.Count == 0 ? clock.Today().ToYearMonth() : issuedMonths[^1].PlusMonths(1);
        rows.AddRange((await PaymentRolls.PaymentRolls.DraftLinesAsync(session, county, next, issuedMonths, ct))
            .Where(l => l.Kind == RollLineKind.Recovery && l.ForMonth >= first && l.ForMonth <= last)
            .Select(l => new RecoveryRow(Format(next), false, l.CaseId, l.HeadName, Format(l.ForMonth), l.Amount, l.Cause)));
        var inPeriod = rows.OrderBy(r => r.ForMonth, StringComparer.Ordinal).ToList();
        return Results.Ok(new { countyCode = county, from = Format(first), to = Format(last), total = inPeriod.Sum(r => r.Amount), recoveries = inPeriod });
    }

    /// <summary>
    /// The recovery lines of the county's issued rolls for months in the period, picked out of the rolls inside PostgreSQL: reading
    /// the rolls whole brought every line of every month into the host.
    /// </summary>
    private static async Task<List<RecoveryRow>> IssuedAsync(IQuerySession session, string county, string first, string last, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select r.data ->> 'month', (l.line ->> 'caseId')::uuid, l.line ->> 'headName', l.line ->> 'forMonth', (l.line ->> 'amount')::numeric,
                   l.line ->> 'cause'
            from {session.DocumentStore.Options.Schema.For<IssuedPaymentRoll>(true)} r
            cross join jsonb_array_elements(r.data -> 'lines') with ordinality as l(line, n)
            where r.id like $1 and l.line ->> 'kind' = $2 and (l.line ->> 'forMonth') collate "C" between $3 and $4
            order by r.id, l.n
            """)
        {
            Parameters = { new() { Value = IssuedPaymentRoll.IdsOf(county) }, new() { Value = nameof(RollLineKind.Recovery) }, new() { Value = first }, new() { Value = last } },
        };
        var rows = new List<RecoveryRow>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new RecoveryRow(reader.GetString(0), true, reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetDecimal(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        return rows;
    }

    private static string Format(YearMonth month) => month.ToString("yyyy-MM", null);
}
