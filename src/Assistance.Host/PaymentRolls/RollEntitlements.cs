using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Domain.PaymentRolls;
using Marten;
using NodaTime;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// The cases of a county that can have a line in a roll, with only what the roll needs of each: the head of household, the
/// entitlement segments and the correction notes, cut out of the case snapshot inside PostgreSQL. Every enrolled case (渐退
/// included) is read; an exited one only when a segment with an amount covers the roll's month or an earlier issued month, or
/// when an issued roll paid it — the exited cases of past years stay in the database instead of being deserialised to be skipped.
/// The calculator decides the lines; this only must not leave out a case that has one.
/// </summary>
public static class RollEntitlements
{
    private static readonly string[] EnrolledStatuses = [nameof(CaseStatus.Enrolled), nameof(CaseStatus.GradualExit)];

    /// <param name="months">The roll's month and the earlier months whose roll was issued.</param>
    /// <param name="paidCases">The cases that issued rolls of the county paid.</param>
    public static async Task<IReadOnlyList<CaseEntitlement>> InCountyAsync(
        IQuerySession session, string county, IEnumerable<YearMonth> months, IEnumerable<Guid> paidCases, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<HouseholdCase>(true);
        // '^' marks the parameters, as '?' is part of the JSON path. The head is the snapshot's applicant, or, in a snapshot written
        // without it, found among the members as HouseholdCase.Applicant finds it. Ordered by id so that cases with the same head
        // (a household that applied again) keep one order from read to read. PostgreSQL decompresses a stored snapshot again for
        // every field read out of it, so each of the county's snapshots is decompressed once into a working copy (the concatenation,
        // kept apart by "offset 0"): it halves the query's time.
        var sql = $"""
            select jsonb_build_object(
                'caseId', d.id,
                'headName', h.head ->> 'name',
                'headIdNumber', h.head ->> 'idNumber',
                'segments', coalesce(d.data -> 'segments', '[]'::jsonb),
                'corrections', d.data -> 'corrections')
            from (select c.id, c.data || jsonb_build_object() as data from {table} c where c.data ->> 'countyCode' = ^ offset 0) d
            cross join lateral (select coalesce(d.data -> 'applicant',
                jsonb_path_query_first(d.data -> 'members', '$[*] ? (@.relation == "Self")'), d.data -> 'members' -> 0) as head) h
            where (d.data ->> 'status' = any(^) or d.data ->> 'status' = ^ and (d.id in (select unnest(^::uuid[])) or exists (
                  select 1 from jsonb_array_elements(d.data -> 'segments') s cross join unnest(^::text[]) m
                  where (s ->> 'monthlyAmount')::numeric <> 0
                    and (s ->> 'from') collate "C" <= m
                    and (s ->> 'to' is null or (s ->> 'to') collate "C" >= m))))
            order by d.id
            """;
        return await session.QueryAsync<CaseEntitlement>('^', sql, ct,
            county, EnrolledStatuses, nameof(CaseStatus.Exited), paidCases.ToArray(), months.Select(PaymentRolls.Format).ToArray());
    }
}
