using Marten;
using Npgsql;
using NodaTime;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// What a county's issued rolls paid, per case and month they paid for (regular and 补发/追回 lines together), read from
/// <see cref="RollPayments"/>: reading the issued rolls themselves brought every line of every month, with its names and causes,
/// into the host, for a draft and for one case's payment page alike.
/// </summary>
public static class PaidAmounts
{
    /// <summary>Every case's payments for the months before <paramref name="before"/>: a draft compares the months before its own.</summary>
    public static Task<Dictionary<(Guid CaseId, YearMonth Month), decimal>> BeforeAsync(
        IQuerySession session, string county, YearMonth before, CancellationToken ct) =>
        SumsAsync(session, county, "for_month collate \"C\" < $2", PaymentRolls.Format(before), ct);

    /// <summary>One case's payments by the county's rolls, per month.</summary>
    public static async Task<Dictionary<YearMonth, decimal>> OfCaseAsync(IQuerySession session, string county, Guid caseId, CancellationToken ct) =>
        (await SumsAsync(session, county, "case_id = $2", caseId, ct)).ToDictionary(p => p.Key.Month, p => p.Value);

    private static async Task<Dictionary<(Guid CaseId, YearMonth Month), decimal>> SumsAsync(
        IQuerySession session, string county, string rows, object value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select case_id, for_month, amount from {RollPayments.TableIn(session.DocumentStore.Options.DatabaseSchemaName).QualifiedName}
            where county_code = $1 and {rows}
            """) { Parameters = { new() { Value = county }, new() { Value = value } } };
        var sums = new Dictionary<(Guid, YearMonth), decimal>();
        var months = new Dictionary<string, YearMonth>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            var text = reader.GetString(1);
            if (!months.TryGetValue(text, out var month)) months[text] = month = PaymentRolls.Parse(text);
            sums[(reader.GetGuid(0), month)] = reader.GetDecimal(2);
        }
        return sums;
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
