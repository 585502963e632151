using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Assistance.Host.PaymentRolls.Totals;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;
using Npgsql;
using DomainProgram = Assistance.Domain.Values.Program;

namespace Assistance.Host.Tests.Storage;

/// <summary>
/// Sums kept by triggers are collected statement by statement and applied once, when the transaction commits
/// (<see cref="PendingSums"/>): a transaction that writes many documents one statement each, as a standard change does, writes
/// each key's row once, and what a transaction takes back (a savepoint rolled back) or applies early still sums right.
/// Checked on the changes the payment-roll drafts sum (<see cref="EntitledTotals"/>), with the cases written by plain SQL.
/// </summary>
public class PendingSumsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly YearMonth March = new(2025, 3);

    [Fact]
    public async Task Many_statements_in_one_transaction_write_each_key_once_when_it_commits()
    {
        const string county = "140430";
        var cases = await EnrolledCasesAsync(county, 30, 100m);
        await using var connection = await OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var writesBefore = await RowWritesAsync(connection);
            foreach (var id in cases) await SetAmountAsync(connection, id, 200m);
            (await AmountAsync(connection, county)).ShouldBe(30 * 100m, "a transaction does not see its own sums before it commits");
            var (left, keys) = await PendingAsync(connection);
            keys.ShouldBeInRange(1, 2);
            left.ShouldBe(30 * keys, "each statement left its own rows");

            await ExecuteAsync(connection, "set constraints all immediate");
            (await AmountAsync(connection, county)).ShouldBe(30 * 200m);
            // Each key the thirty statements changed (the segment's first month, and the month after its last if it has one)
            // was written once, not thirty times.
            (await RowWritesAsync(connection) - writesBefore).ShouldBe(keys);

            // Sums left after the trigger ran early are applied at the commit all the same.
            foreach (var id in cases.Take(10)) await SetAmountAsync(connection, id, 250m);
            await transaction.CommitAsync();
        }
        (await AmountAsync(connection, county)).ShouldBe(10 * 250m + 20 * 200m);
        (await PendingAsync(connection)).Rows.ShouldBe(0);
    }

    [Fact]
    public async Task A_savepoint_rolled_back_takes_its_sums_back_with_it()
    {
        const string county = "140431";
        var cases = await EnrolledCasesAsync(county, 3, 100m);
        await using var connection = await OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // The first statement that leaves sums, and so marks the transaction, is the one taken back.
            await transaction.SaveAsync("first");
            await SetAmountAsync(connection, cases[0], 300m);
            await transaction.RollbackAsync("first");
            await SetAmountAsync(connection, cases[1], 300m);
            await transaction.SaveAsync("third");
            await SetAmountAsync(connection, cases[2], 400m);
            await transaction.RollbackAsync("third");
            await transaction.CommitAsync();
        }
        (await AmountAsync(connection, county)).ShouldBe(100m + 300m + 100m);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await SetAmountAsync(connection, cases[0], 900m);
            await transaction.RollbackAsync();
        }
        (await AmountAsync(connection, county)).ShouldBe(100m + 300m + 100m);
        (await PendingAsync(connection)).Rows.ShouldBe(0);
    }

    /// <summary>Cases enrolled in 低保 from March 2025 at <paramref name="amount"/> a month, stored through Marten.</summary>
    private async Task<IReadOnlyList<Guid>> EnrolledCasesAsync(string county, int count, decimal amount)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await using var session = ledger.Store.LightweightSession();
        foreach (var id in ids)
            session.Events.StartStream<HouseholdCase>(id,
                new ApplicationReceived(id, county, null, null, Residence.Rural, DomainProgram.Dibao, Channel.Window, new LocalDate(2025, 1, 2),
                    [new Member($"户主{id.ToString()[..4]}", $"{id:N}-0", Relation.Self)], null, "测试", null),
                new EnrolmentApproved(DomainProgram.Dibao, March, amount, [$"{id:N}-0"], "测试", null));
        await session.SaveChangesAsync();
        return ids;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = (NpgsqlConnection)ledger.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }

    private string Cases => ledger.Store.Options.Schema.For<HouseholdCase>(true);
    private string Sums => EntitledTotals.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName;

    /// <summary>One statement: the case's only segment paid <paramref name="amount"/> a month.</summary>
    private async Task SetAmountAsync(NpgsqlConnection connection, Guid id, decimal amount)
    {
        await using var command = new NpgsqlCommand($"update {Cases} set data = jsonb_set(data, '{{segments,0,monthlyAmount}}', to_jsonb($2)) where id = $1", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(amount);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    private async Task<decimal> AmountAsync(NpgsqlConnection connection, string county)
    {
        await using var command = new NpgsqlCommand($"select coalesce(sum(amount), 0) from {Sums} where county_code = $1", connection);
        command.Parameters.AddWithValue(county);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Rows inserted into or updated in the sums table by this connection since its statistics were last reported: PostgreSQL 15
    /// counts in the writes of transactions it has not reported yet, so a test takes the difference within one transaction.
    /// </summary>
    private async Task<long> RowWritesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand($"select n_tup_ins + n_tup_upd from pg_stat_xact_user_tables where relid = '{Sums}'::regclass", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The rows left to apply, and the keys among them (the marker row not counted).</summary>
    private async Task<(long Rows, long Keys)> PendingAsync(NpgsqlConnection connection)
    {
        var pending = PendingSums.TableOf(EntitledTotals.TableIn(ledger.Store.Options.DatabaseSchemaName)).QualifiedName;
        await using var command = new NpgsqlCommand($"select count(*), count(distinct (county_code, month)) from {pending} where not marker", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
