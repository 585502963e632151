using Assistance.Host.Audit.Queries;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Linq;

namespace Assistance.Host.Tests.Audit;

/// <summary>
/// The audit's decisions of one person read the events of that person in the period, through an index of the event table
/// Marten does not manage (<see cref="DecisionsByPersonIndex"/>), not every event of the store; Marten's migration of the event
/// table leaves the index alone, and a store without it gets it when the schema is applied.
/// </summary>
public class DecisionsByPersonIndexTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_decisions_of_one_person_are_read_through_the_index()
    {
        await using var session = ledger.Store.QuerySession();
        var query = AuditQueryEndpoints.DecisionsBy(session, "某审批人", DateTimeOffset.UtcNow.AddMonths(-1), DateTimeOffset.UtcNow).ToCommand(FetchType.FetchMany);

        // A person's decisions of a period are few beside the store's events: sorting them by sequence costs less than reading
        // every event in sequence order.
        var plan = await QueryPlans.ExplainAsync(ledger.Store, query, sorts: true);

        plan.ShouldContain($"Index Scan using {DecisionsByPersonIndex.Name}");
        plan.ShouldNotContain("Seq Scan");
    }

    [Fact]
    public async Task The_index_survives_the_event_tables_migration_and_comes_back_when_dropped()
    {
        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
        (await IndexExistsAsync()).ShouldBeTrue();

        await using (var session = ledger.Store.LightweightSession())
        {
            session.QueueSqlCommand($"drop index {ledger.Store.Options.Events.DatabaseSchemaName}.{DecisionsByPersonIndex.Name}");
            await session.SaveChangesAsync();
        }
        (await IndexExistsAsync()).ShouldBeFalse();

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        (await IndexExistsAsync()).ShouldBeTrue();
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private async Task<bool> IndexExistsAsync()
    {
        await using var session = ledger.Store.QuerySession();
        return (await session.QueryAsync<bool>($"select to_regclass('{ledger.Store.Options.Events.DatabaseSchemaName}.{DecisionsByPersonIndex.Name}') is not null")).Single();
    }
}
