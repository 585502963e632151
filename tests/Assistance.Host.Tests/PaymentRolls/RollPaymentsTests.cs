using Assistance.Domain.PaymentRolls;
using Assistance.Host.PaymentRolls;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using Marten;
using Npgsql;
using NodaTime;
using static Assistance.Host.Tests.PaymentRolls.IssuedRolls;

namespace Assistance.Host.Tests.PaymentRolls;

/// <summary>
/// What the issued rolls paid, per county, case and month paid for, follows the rolls stored: a later roll's 补发 for an earlier
/// month adds to what that month's roll paid, and the months that now sum to one amount become one run; another county's rolls
/// stay apart, two writers at once are both counted, and the
/// rolls of a store from before the table are counted when the table is created, which also drops the per-month table of an
/// earlier version.
/// </summary>
public class RollPaymentsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string County = "140404";
    private const string OtherCounty = "140405";
    /// <summary>The other tests' county, so that the first one sees the issued months of its own rolls only.</summary>
    private const string ThirdCounty = "140423";

    [Fact]
    public async Task A_later_roll_adds_to_the_month_it_pays_back_and_another_county_stays_apart()
    {
        var (paidBack, other) = (Guid.NewGuid(), Guid.NewGuid());
        await StoreAsync(
            Roll(County, new(2024, 1), Line(paidBack, 300, RollLineKind.Regular, new(2024, 1)), Line(other, 500, RollLineKind.Regular, new(2024, 1))),
            Roll(County, new(2024, 2), Line(paidBack, 350, RollLineKind.Regular, new(2024, 2)), Line(paidBack, 50, RollLineKind.BackPay, new(2024, 1))),
            Roll(OtherCounty, new(2024, 2), Line(paidBack, 999, RollLineKind.Regular, new(2024, 1))));

        await using var query = ledger.Store.QuerySession();
        (await PaidAmounts.OfCaseAsync(query, County, paidBack, CancellationToken.None))
            .ShouldBe(new Dictionary<YearMonth, decimal> { [new(2024, 1)] = 350m, [new(2024, 2)] = 350m });
        (await PaidAmounts.OfCaseAsync(query, County, other, CancellationToken.None)).ShouldBe(new Dictionary<YearMonth, decimal> { [new(2024, 1)] = 500m });
        (await PaidAmounts.OfCaseAsync(query, OtherCounty, paidBack, CancellationToken.None)).ShouldBe(new Dictionary<YearMonth, decimal> { [new(2024, 1)] = 999m });
        var runs = await query.AdvancedSql.QueryAsync<int>(
            $"select cardinality(run_from) from {RollPayments.TableIn(query.DocumentStore.Options.DatabaseSchemaName).QualifiedName} where county_code = ? and case_id = ?",
            CancellationToken.None, County, paidBack);
        runs.ShouldBe([1], "300 + 50 for January and 350 for February are one run of 350");
        (await PaidAmounts.IssuedMonthsAsync(query, County, CancellationToken.None)).ShouldBe([new YearMonth(2024, 1), new YearMonth(2024, 2)]);
    }

    [Fact]
    public async Task Two_rolls_stored_at_once_are_both_counted()
    {
        var recovered = Guid.NewGuid();
        await StoreAsync(Roll(ThirdCounty, new(2024, 3), Line(recovered, 400, RollLineKind.Regular, new(2024, 3))));

        await Task.WhenAll(
            StoreAsync(Roll(ThirdCounty, new(2024, 4), Line(recovered, -100, RollLineKind.Recovery, new(2024, 3)))),
            StoreAsync(Roll(ThirdCounty, new(2024, 5), Line(recovered, -50, RollLineKind.Recovery, new(2024, 3)))));

        await using var query = ledger.Store.QuerySession();
        (await PaidAmounts.OfCaseAsync(query, ThirdCounty, recovered, CancellationToken.None))[new YearMonth(2024, 3)].ShouldBe(250m);
    }

    [Fact]
    public async Task Rolls_issued_before_the_table_existed_are_counted_when_it_is_created()
    {
        var paid = Guid.NewGuid();
        await StoreAsync(Roll(ThirdCounty, new(2024, 6), Line(paid, 420, RollLineKind.Regular, new(2024, 6))));
        var schema = ledger.Store.Options.DatabaseSchemaName;
        var perMonth = $"{schema}.roll_payments";
        var table = RollPayments.TableIn(schema);
        await using (var connection = ledger.Store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            // What an earlier version kept instead: one row per case and month, by a trigger of its own on the rolls.
            await new NpgsqlCommand($"""
                {TableKeptByTriggers.Dropping(table)}
                create table {perMonth} (county_code varchar, case_id uuid, for_month varchar, amount numeric);
                create function {perMonth}_apply() returns trigger language plpgsql as $$ begin return null; end; $$;
                create trigger roll_payments_apply_insert after insert on {ledger.Store.Options.Schema.For<IssuedPaymentRoll>(true)}
                    for each statement execute function {perMonth}_apply();
                """, connection).ExecuteNonQueryAsync();
        }

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        await using var query = ledger.Store.QuerySession();
        (await PaidAmounts.OfCaseAsync(query, ThirdCounty, paid, CancellationToken.None))[new YearMonth(2024, 6)].ShouldBe(420m);
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
        (await query.AdvancedSql.QueryAsync<bool>($"select to_regclass('{perMonth}') is null and to_regprocedure('{perMonth}_apply()') is null", CancellationToken.None)).ShouldBe([true]);
    }

    private Task StoreAsync(params IssuedPaymentRoll[] rolls) => IssuedRolls.StoreAsync(ledger.Store, rolls);
}
