using Assistance.Domain.PaymentRolls;
using Marten;
using Npgsql;
using NodaTime;

namespace Assistance.Host.PaymentRolls.Totals;

/// <summary>
/// A draft's totals from the summed tables, not from its lines. The regular lines are what is due in the roll's month. Every
/// 补发 or 追回 line is, for one earlier issued month, what a case is due now less what it was paid, so together they are what the
/// county is due in those months less what the rolls paid for them (<see cref="PaymentRollCalculator"/>). The tests hold these
/// to the sums of the lines.
/// </summary>
public sealed record DraftTotals(decimal TotalAmount, int Households, int Persons)
{
    /// <param name="earlier">The county's issued months before <paramref name="month"/>.</param>
    public static async Task<DraftTotals> OfAsync(IQuerySession session, string county, YearMonth month, IEnumerable<YearMonth> earlier, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        // What is due in a month is the sum of the changes up to it; a change counts once for each earlier issued month from it on.
        await using var command = new NpgsqlCommand($"""
            select coalesce(sum(households), 0)::bigint, coalesce(sum(persons), 0)::bigint, coalesce(sum(amount), 0),
                   coalesce(sum(amount * (select count(*) from unnest($3::int[]) m where m >= t.month)), 0),
                   (select coalesce(sum(amount), 0) from {PaidTotals.TableIn(schema).QualifiedName} where county_code = $1 and for_month = any($3))
            from {EntitledTotals.TableIn(schema).QualifiedName} t where county_code = $1 and month <= $2
            """)
        {
            Parameters = { new() { Value = county }, new() { Value = MonthNumbers.Of(month) }, new() { Value = earlier.Select(MonthNumbers.Of).ToArray() } },
        };
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        await reader.ReadAsync(ct);
        return new DraftTotals(reader.GetDecimal(2) + reader.GetDecimal(3) - reader.GetDecimal(4),
            checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)));
    }
}
