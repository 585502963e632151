using Assistance.Domain.Cases;
using Assistance.Host.Tests.Support;
using Assistance.Host.Worklists.Counts;
using Marten;
using Marten.Events;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;

namespace Assistance.Host.Tests.Worklists;

/// <summary>
/// The tallies' table and triggers as the schema migration leaves them: every start applies the schema again, and the
/// triggers must still be there afterwards (a function replaced with <c>drop … cascade</c> would take them with it); a
/// store whose worklist documents predate the table starts with them counted.
/// </summary>
public class WorklistTalliesSchemaTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    [Fact]
    public async Task The_triggers_survive_the_schema_being_applied_again_and_a_new_table_counts_the_stored_documents()
    {
        ledger.Today(2026, 4, 1);
        await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 4, 1), county: "140431", members: Person("许立", "19700101", "951")));
        await ledger.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var table = WorklistTallies.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName;
        await StoreTables.ScalarAsync<object?>(ledger.ConnectionString, $"drop table {table}");
        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);

        await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 4, 1), county: "140431", members: Person("许平", "19720101", "952")));
        await ledger.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);
        (await StoreTables.ScalarAsync<int>(ledger.ConnectionString, $"select sum(cases)::int from {table} where county_code = '140431' and list = 'pendingApplications'")).ShouldBe(2);
    }
}
