using Marten;
using Npgsql;
using NodaTime;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// What a county's issued rolls paid one case per month paid for, and which months were issued. A draft reads what was paid
/// together with the cases (<see cref="RollEntitlements"/>).
/// </summary>
public static class PaidAmounts
{
    /// <summary>One case's payments by the county's rolls, per month (regular and 补发/追回 lines together).</summary>
    public static async Task<Dictionary<YearMonth, decimal>> OfCaseAsync(IQuerySession session, string county, Guid caseId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select m.* from {RollPayments.TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName} p
            cross join lateral ({RollPayments.MonthsOf("p")}) m
            where p.county_code = $1 and p.case_id = $2
            """) { Parameters = { new() { Value = county }, new() { Value = caseId } } };
        var paid = new Dictionary<YearMonth, decimal>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct)) paid[MonthNumbers.At(reader.GetInt32(0))] = reader.GetDecimal(1);
        return paid;
    }

    /// <summary>The months of the county whose roll was issued.</summary>
    public static async Task<IReadOnlyList<YearMonth>> IssuedMonthsAsync(IQuerySession session, string county, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.Schema.For<IssuedPaymentRoll>(true);
        // Filtered and read by id alone, so that no roll's lines are decompressed to learn its month.
        var ids = await session.AdvancedSql.QueryAsync<string>($"select id from {table} where id like ?", ct, IssuedPaymentRoll.IdsOf(county));
        return ids.Select(id => PaymentRolls.Parse(IssuedPaymentRoll.MonthOf(id))).Order().ToList();
    }
}
