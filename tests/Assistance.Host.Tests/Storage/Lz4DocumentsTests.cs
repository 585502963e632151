using Assistance.Domain.PaymentRolls;
using Assistance.Host.PaymentRolls;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;

namespace Assistance.Host.Tests.Storage;

/// <summary>
/// The large documents' columns compress with lz4 (this machine's PostgreSQL has it), a value written to them is stored that
/// way, and a column set back to the default is lz4 again once the schema is applied, after which nothing is left to change.
/// </summary>
public class Lz4DocumentsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static readonly string[] Tables = ["mt_doc_householdcase", "mt_doc_caseworklist", "mt_doc_issuedpaymentroll"];

    [Fact]
    public async Task Large_documents_are_compressed_with_lz4_and_a_reset_column_is_set_again()
    {
        (await CompressionsAsync()).ShouldBe(Tables.Select(_ => "l"));

        await using (var session = ledger.Store.LightweightSession())
        {
            session.QueueSqlCommand("alter table assistance.mt_doc_caseworklist alter column data set compression default");
            session.Store(LargeRoll());
            await session.SaveChangesAsync();
        }
        await using (var query = ledger.Store.QuerySession())
            (await query.QueryAsync<string>("select pg_column_compression(data) from assistance.mt_doc_issuedpaymentroll where id = '140429:2026-01'"))
                .ShouldHaveSingleItem().ShouldBe("lz4");
        (await CompressionsAsync()).ShouldContain("");

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await CompressionsAsync()).ShouldBe(Tables.Select(_ => "l"));
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private async Task<IReadOnlyList<string>> CompressionsAsync()
    {
        await using var query = ledger.Store.QuerySession();
        return await query.QueryAsync<string>("""
            select a.attcompression::text from unnest(?::text[]) with ordinality t(name, n)
            join pg_attribute a on a.attrelid = to_regclass('assistance.' || t.name) and a.attname = 'data'
            order by t.n
            """, [Tables]);
    }

    private static IssuedPaymentRoll LargeRoll() => new()
    {
        Id = IssuedPaymentRoll.IdOf("140429", "2026-01"), CountyCode = "140429", Month = "2026-01",
        Lines = [.. Enumerable.Range(0, 200).Select(i => new RollLine(Guid.NewGuid(), $"户主{i}", $"1404291970010100{i:D2}", 2, 820m, RollLineKind.Regular, new YearMonth(2026, 1)))],
    };
}
