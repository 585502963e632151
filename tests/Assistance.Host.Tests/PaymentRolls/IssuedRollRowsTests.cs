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
/// A page of an issued roll read from its rows is the page cut from the frozen document (<see cref="LinePages.End"/>) for every
/// limit, a household's lines together, with the totals the roll was issued with; a household not in the roll is not found, a
/// month not issued has no rows, and the rolls of a store from before the table get their rows when it is created.
/// </summary>
public class IssuedRollRowsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string County = "140404";

    [Fact]
    public async Task Every_page_of_an_issued_roll_is_the_page_cut_from_its_document()
    {
        var random = new Random(20261128);
        var lines = new List<RollLine>();
        for (var household = 0; household < 40; household++)
        {
            var caseId = Guid.NewGuid();
            // One regular line, and now and then 补发/追回 lines for earlier months.
            lines.Add(Line(caseId, 300 + household, RollLineKind.Regular, new(2024, 7)));
            for (var earlier = random.Next(4) == 0 ? random.Next(1, 5) : 0; earlier > 0; earlier--)
                lines.Add(Line(caseId, earlier % 2 == 0 ? 20 : -15, earlier % 2 == 0 ? RollLineKind.BackPay : RollLineKind.Recovery, new(2024, 7 - earlier)));
        }
        var roll = Roll(County, new(2024, 7), [.. lines]);
        await StoreAsync(roll);

        await using var query = ledger.Store.QuerySession();
        foreach (var limit in Enumerable.Range(1, 12).Append(1000))
        {
            var (start, after) = (0, (Guid?)null);
            do
            {
                var page = (await IssuedRollRows.PageAsync(query, County, new(2024, 7), after, limit, CancellationToken.None)).ShouldNotBeNull();
                var end = LinePages.End(lines, start, limit);
                page.Found.ShouldBeTrue();
                page.Lines.ShouldBe(lines[start..end], $"limit {limit}, from line {start}");
                (page.Roll.TotalAmount, page.Roll.Households, page.Roll.LinesHash, page.Roll.IssuedBy)
                    .ShouldBe((roll.TotalAmount, roll.Households, roll.LinesHash, roll.IssuedBy));
                page.Roll.Lines.ShouldBeEmpty("the roll's row holds its totals, not its lines");
                page.Next.ShouldBe(end < lines.Count ? lines[end - 1].CaseId : null);
                (start, after) = (end, page.Next);
            } while (after is not null);
            start.ShouldBe(lines.Count);
        }

        var unknown = (await IssuedRollRows.PageAsync(query, County, new(2024, 7), Guid.NewGuid(), 5, CancellationToken.None)).ShouldNotBeNull();
        unknown.Found.ShouldBeFalse();
        unknown.Lines.ShouldBeEmpty();
        (await IssuedRollRows.PageAsync(query, County, new(2024, 8), null, 5, CancellationToken.None)).ShouldBeNull("not issued");
    }

    [Fact]
    public async Task A_page_of_a_roll_just_issued_reads_its_rows_by_key()
    {
        // PostgreSQL's statistics taken before the roll was issued, as autovacuum leaves them in a table of many months' rolls.
        await StoreAsync(Roll(County, new(2024, 10), Line(Guid.NewGuid(), 400, RollLineKind.Regular, new(2024, 10))));
        var table = IssuedRollRows.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName;
        await QueryPlans.AnalyzeAsync(ledger.Store, table);
        var lines = Enumerable.Range(0, 3000).Select(i => Line(Guid.NewGuid(), 300 + i % 50, RollLineKind.Regular, new(2024, 11))).ToArray();
        await StoreAsync(Roll(County, new(2024, 11), lines));

        const int limit = 100;
        var (sql, parameters) = IssuedRollRows.PageQuery(table, IssuedPaymentRoll.IdOf(County, "2024-11"), lines[1500].CaseId, limit);
        var read = await QueryPlans.RowsReadAsync(ledger.Store, sql, parameters);
        read.ShouldBeLessThan(3 * limit, "a page's rows, its end, the roll's last row and its totals, each by key");
    }

    [Fact]
    public async Task Rolls_issued_before_the_table_existed_get_their_rows_when_it_is_created()
    {
        var paid = Guid.NewGuid();
        await StoreAsync(Roll(County, new(2024, 9), Line(paid, 420, RollLineKind.Regular, new(2024, 9))));
        var table = IssuedRollRows.TableIn(ledger.Store.Options.DatabaseSchemaName);
        await using (var connection = ledger.Store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await new NpgsqlCommand(TableKeptByTriggers.Dropping(table), connection).ExecuteNonQueryAsync();
        }

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        await using var query = ledger.Store.QuerySession();
        var page = (await IssuedRollRows.PageAsync(query, County, new(2024, 9), null, 100, CancellationToken.None)).ShouldNotBeNull();
        page.Lines.Select(l => (l.CaseId, l.Amount)).ShouldBe([(paid, 420m)]);
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private Task StoreAsync(params IssuedPaymentRoll[] rolls) => IssuedRolls.StoreAsync(ledger.Store, rolls);
}
