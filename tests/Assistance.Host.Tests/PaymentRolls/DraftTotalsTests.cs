using Assistance.Domain.Cases;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.PaymentRolls;
using Assistance.Host.PaymentRolls.Totals;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;
using Rolls = Assistance.Host.PaymentRolls.PaymentRolls;

namespace Assistance.Host.Tests.PaymentRolls;

/// <summary>
/// The summed tables a draft's totals come from start with the cases and rolls already stored, and sum them as the triggers do.
/// (<see cref="DraftRollReadTests"/> holds the totals to the lines through every kind of change.)
/// </summary>
public class DraftTotalsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string County = "140406";
    private static readonly YearMonth March = new(2025, 3), April = new(2025, 4);

    [Fact]
    public async Task Cases_and_rolls_stored_before_the_tables_existed_are_summed_when_they_are_created_and_the_table_they_replace_is_dropped()
    {
        var store = ledger.Store;
        await using (var session = store.LightweightSession())
        {
            foreach (var (amount, from) in new[] { (420m, March), (380m, March), (510m, April) })
            {
                var id = Guid.NewGuid();
                session.Events.StartStream<HouseholdCase>(id,
                    new ApplicationReceived(id, County, null, null, Residence.Rural, DomainProgram.Dibao, Channel.Window, new LocalDate(2025, 1, 2),
                        [new Member($"户主{id.ToString()[..4]}", $"{id:N}-0", Relation.Self)], null, "测试", null),
                    new EnrolmentApproved(DomainProgram.Dibao, from, amount, [$"{id:N}-0"], "测试", null));
            }
            await session.SaveChangesAsync();
        }
        await using (var session = store.LightweightSession())
        {
            var lines = await Rolls.DraftLinesAsync(session, County, March, CancellationToken.None);
            // Paid 50 short for one case: April's draft pays it back.
            session.Insert(new IssuedPaymentRoll
            {
                Id = IssuedPaymentRoll.IdOf(County, "2025-03"), CountyCode = County, Month = "2025-03",
                Lines = [lines[0] with { Amount = lines[0].Amount - 50 }, .. lines.Skip(1)],
            });
            await session.SaveChangesAsync();
        }
        var kept = await TotalsAsync();
        kept.ShouldBe(new DraftTotals(420 + 380 + 510 + 50, 3, 3));

        var bySpan = $"{store.Options.DatabaseSchemaName}.entitled_totals_by_span";
        await using (var session = store.LightweightSession())
        {
            foreach (var table in new[] { EntitledTotals.TableIn(store.Options.DatabaseSchemaName), PaidTotals.TableIn(store.Options.DatabaseSchemaName) })
                foreach (var drop in TableKeptByTriggers.DropStatements(table)) session.QueueSqlCommand(drop);
            await session.SaveChangesAsync();
        }
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            // What an earlier version kept instead of the changes by month: a row per county and span, by a trigger of its own.
            await new Npgsql.NpgsqlCommand($"""
                create table {bySpan} (county_code varchar, span_from int, span_to int, households int, persons bigint, amount numeric);
                create function {bySpan}_apply() returns trigger language plpgsql as $$ begin return null; end; $$;
                create trigger entitled_totals_by_span_apply_insert after insert on {store.Options.Schema.For<HouseholdCase>(true)}
                    for each statement execute function {bySpan}_apply();
                """, connection).ExecuteNonQueryAsync();
        }
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await TotalsAsync()).ShouldBe(kept);
        await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
        await using var query = store.QuerySession();
        (await query.AdvancedSql.QueryAsync<bool>($"select to_regclass('{bySpan}') is null and to_regprocedure('{bySpan}_apply()') is null", CancellationToken.None)).ShouldBe([true]);
    }

    private async Task<DraftTotals> TotalsAsync()
    {
        await using var query = ledger.Store.QuerySession();
        return await DraftTotals.OfAsync(query, County, April, [March], CancellationToken.None);
    }
}
