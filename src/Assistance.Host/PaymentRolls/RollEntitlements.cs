using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Marten;
using System.Data.Common;
using Npgsql;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// The cases of a county that can have a line in a roll, from <see cref="PayableCases"/>, each with what the county's issued rolls
/// paid it (<see cref="RollPayments"/>), in one query. Every enrolled case (渐退 included) is read; an exited one only when an issued
/// roll paid it or a segment with an amount covers the roll's month or an earlier issued month — the exited cases of past years
/// stay in the database instead of being read to be skipped. The calculator decides the lines; this only must not leave out a case
/// that has one.
/// </summary>
public static class RollEntitlements
{
    private static readonly string[] EnrolledStatuses = [nameof(CaseStatus.Enrolled), nameof(CaseStatus.GradualExit)];

    /// <summary>The statuses of a case a roll can pay: enrolled (渐退 included), or exited and owed or owing for earlier months.</summary>
    public static readonly string[] PayableStatuses = [.. EnrolledStatuses, nameof(CaseStatus.Exited)];

    /// <param name="months">The roll's month and the earlier months whose roll was issued.</param>
    /// <param name="range">For a page of the roll: the cases after one case, and how many at most.</param>
    public static async Task<IReadOnlyList<CaseEntitlement>> InCountyAsync(
        IQuerySession session, string county, IEnumerable<YearMonth> months, CaseRange? range, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var table = PayableCases.TableIn(schema).QualifiedName;
        var payments = RollPayments.TableIn(schema).QualifiedName;
        // A page walks the cases in the roll's order and stops: each case's payments are looked up by key, a lookup the planner
        // cannot turn into a hash of the county's every payment (the limit keeps it from flattening the lookup into a join).
        var paid = range is null
            ? $"left join {payments} p on p.county_code = d.county_code and p.case_id = d.case_id"
            : $"left join lateral (select * from {payments} p where p.county_code = d.county_code and p.case_id = d.case_id limit 1) p on true";
        // The roll's order is by head's ID number byte by byte (as the calculator orders lines), then by id so that cases with the
        // same head (a household that applied again) keep one order from read to read and from page to page.
        var after = range?.After is null ? "" : $"""
            and d.head_id_number collate "C" >= (select head_id_number collate "C" from {table} where case_id = $5)
            and (d.head_id_number collate "C", d.case_id) > (select head_id_number collate "C", case_id from {table} where case_id = $5)
            """;
        await using var command = new NpgsqlCommand($"""
            select d.case_id, d.head_name, d.head_id_number, d.segment_from, d.segment_to, d.segment_persons, d.segment_amount,
                   d.segment_program, d.segment_gradual_exit, d.segment_policy_version, nullif(d.corrections, '[]'::jsonb),
                   p.run_from, p.run_to, p.run_amount
            from {table} d
            {paid}
            where d.county_code = $1 and (d.status = any($2) or d.status = $3 and (p.case_id is not null or exists (
                  select 1 from unnest(d.segment_amount, d.segment_from, d.segment_to) s(amount, "from", "to") cross join unnest($4) m
                  where s.amount <> 0 and s."from" <= m and (s."to" is null or s."to" >= m)))){after}
            order by d.head_id_number collate "C", d.case_id
            limit $6
            """)
        {
            Parameters =
            {
                new() { Value = county }, new() { Value = EnrolledStatuses }, new() { Value = nameof(CaseStatus.Exited) },
                new() { Value = months.Select(MonthNumbers.Of).ToArray() },
                new() { Value = range?.After ?? Guid.Empty }, new() { Value = range is null ? DBNull.Value : range.Limit },
            },
        };
        var serializer = session.DocumentStore.Options.Serializer();
        var cases = new List<CaseEntitlement>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            cases.Add(new CaseEntitlement(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), Segments(reader),
                reader.IsDBNull(10) ? null : serializer.FromJson<List<CorrectionNote>>(reader, 10),
                reader.IsDBNull(11) ? null : Paid(reader)));
        }
        return cases;
    }

    /// <summary>Cases after <paramref name="After"/> in the roll's order (from the first when null), at most <paramref name="Limit"/>.</summary>
    public sealed record CaseRange(Guid? After, int Limit);

    private static EntitlementSegment[] Segments(DbDataReader reader)
    {
        var from = reader.GetFieldValue<int[]>(3);
        var to = reader.GetFieldValue<int?[]>(4);
        var persons = reader.GetFieldValue<int[]>(5);
        var amounts = reader.GetFieldValue<decimal[]>(6);
        var programs = reader.GetFieldValue<string[]>(7);
        var gradualExits = reader.GetFieldValue<bool[]>(8);
        var policyVersions = reader.GetFieldValue<int?[]>(9);
        var segments = new EntitlementSegment[from.Length];
        for (var i = 0; i < segments.Length; i++)
            segments[i] = new EntitlementSegment(Enum.Parse<DomainProgram>(programs[i]), MonthNumbers.At(from[i]),
                to[i] is { } until ? MonthNumbers.At(until) : null, persons[i], amounts[i], gradualExits[i], policyVersions[i]);
        return segments;
    }

    private static PaidRun[] Paid(DbDataReader reader)
    {
        var from = reader.GetFieldValue<int[]>(11);
        var to = reader.GetFieldValue<int[]>(12);
        var amounts = reader.GetFieldValue<decimal[]>(13);
        var runs = new PaidRun[from.Length];
        for (var i = 0; i < runs.Length; i++) runs[i] = new PaidRun(MonthNumbers.At(from[i]), MonthNumbers.At(to[i]), amounts[i]);
        return runs;
    }
}
