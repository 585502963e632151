using System.Text.Json;
using Assistance.Domain.Statistics;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Statistics;

/// <summary>
/// Reads the month documents a report needs in one query: those from the first month it shows on as they are, and every earlier
/// month summed inside PostgreSQL into one row per county — openings need only the net of those movements, so a report
/// deserialises a few rows per county however long the history is.
/// </summary>
public static class CountyFlowsReader
{
    /// <summary>The movement counters of <see cref="FlowCounts"/> (the exits by reason are read only for the months shown).</summary>
    private static readonly string[] Counters = typeof(FlowCounts).GetProperties()
        .Where(p => p.PropertyType == typeof(int) && p.CanWrite)
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .ToArray();

    public static async Task<IReadOnlyList<CountyFlows>> UpToAsync(
        IQuerySession session, DomainProgram program, YearMonth firstShown, YearMonth month, string? countyCode, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<MonthlyFlowsDocument>(true);
        var county = countyCode is null ? "" : "and d.data ->> 'countyCode' = ?";
        string Sums(string residence) => string.Join(", ",
            Counters.Select(c => $"'{c}', coalesce(sum((d.data -> '{residence}' ->> '{c}')::int), 0)"));
        var sql = $"""
            select jsonb_build_object('countyCode', d.data ->> 'countyCode', 'month', d.data ->> 'month', 'urban', d.data -> 'urban', 'rural', d.data -> 'rural')
            from {table} d
            where d.data ->> 'program' = ? and CAST(d.data ->> 'monthKey' as integer) between ? and ? {county}
            union all
            select jsonb_build_object('countyCode', d.data ->> 'countyCode', 'month', ?::text,
                   'urban', jsonb_build_object({Sums("urban")}), 'rural', jsonb_build_object({Sums("rural")}))
            from {table} d
            where d.data ->> 'program' = ? and CAST(d.data ->> 'monthKey' as integer) < ? {county}
            group by d.data ->> 'countyCode'
            """;
        var programName = program.ToString();
        int from = MonthlyFlowsDocument.KeyOf(firstShown), to = MonthlyFlowsDocument.KeyOf(month);
        object[] recent = countyCode is null ? [programName, from, to] : [programName, from, to, countyCode];
        object[] earlier = countyCode is null
            ? [MonthlyFlowsDocument.Format(firstShown.PlusMonths(-1)), programName, from]
            : [MonthlyFlowsDocument.Format(firstShown.PlusMonths(-1)), programName, from, countyCode];
        return await session.QueryAsync<CountyFlows>(sql, ct, [.. recent, .. earlier]);
    }
}
