using Assistance.Domain.Cases;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.PaymentRolls;
using Assistance.Host.Storage;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;
using DomainProgram = Assistance.Domain.Values.Program;
using Rolls = Assistance.Host.PaymentRolls.PaymentRolls;

namespace Assistance.Host.Tests.PaymentRolls;

/// <summary>
/// The rows a draft reads follow the case snapshots: a case enrolled, put on 渐退 and corrected reads back with its snapshot's head,
/// segments and correction notes, field for field, and with what the rolls paid it; a case never enrolled and one exited before the
/// months asked about are left out; a deleted snapshot takes its row with it; and the cases of a store from before the table are
/// in it once the table is created.
/// </summary>
public class PayableCasesTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string County = "140404";
    /// <summary>The county of the other tests' cases, so that the first test reads its own only.</summary>
    private const string OtherCounty = "140405";
    private static readonly YearMonth Start = new(2024, 1);

    [Fact]
    public async Task A_case_reads_back_as_its_snapshot_with_what_the_rolls_paid_it()
    {
        var (enrolled, applied, exitedLongAgo) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.StartStream<HouseholdCase>(enrolled, Application(enrolled), Enrolment(enrolled, Start, 600),
                new CaseReviewed(new LocalDate(2024, 3, 1), 100, new Assets(), 0, ReviewOutcome.GradualExit, 150, new YearMonth(2024, 4),
                    new YearMonth(2024, 9), "测试", null),
                new CaseCorrected(Guid.NewGuid(), 2, nameof(EnrolmentApproved), CorrectedField.MonthlyAmount, "600", "640", Start,
                    new YearMonth(2024, 2), 640, null, "录入错误", new LocalDate(2024, 3, 2), "测试"));
            session.Events.StartStream<HouseholdCase>(applied, Application(applied));
            session.Events.StartStream<HouseholdCase>(exitedLongAgo, Application(exitedLongAgo), Enrolment(exitedLongAgo, Start, 500),
                new CaseExited(ExitReason.IncomeAboveStandard, new YearMonth(2024, 2), "测试", null));
            var month = Rolls.Format(Start);
            session.Insert(new IssuedPaymentRoll
            {
                Id = IssuedPaymentRoll.IdOf(County, month), CountyCode = County, Month = month, IssuedBy = "测试",
                Lines = [new RollLine(enrolled, "户主", "x", 1, 600, RollLineKind.Regular, Start)],
            });
            await session.SaveChangesAsync();
        }

        await using var query = ledger.Store.QuerySession();
        var snapshot = (await query.LoadAsync<HouseholdCase>(enrolled))!;
        var read = await RollEntitlements.InCountyAsync(query, County, [new YearMonth(2024, 6)], null, CancellationToken.None);

        read.Select(c => c.CaseId).ShouldBe([enrolled]);
        var entitlement = read.Single();
        entitlement.HeadName.ShouldBe(snapshot.Applicant.Name);
        entitlement.HeadIdNumber.ShouldBe(snapshot.Applicant.IdNumber);
        entitlement.Segments.ShouldBe(snapshot.Segments);
        entitlement.Segments.ShouldContain(s => s.GradualExit && s.To != null, "the 渐退 segment and its end came through");
        entitlement.Corrections.ShouldBe(snapshot.Corrections);
        entitlement.Corrections.ShouldNotBeEmpty();
        entitlement.Paid.ShouldBe([new PaidRun(Start, Start, 600m)]);
    }

    [Fact]
    public async Task A_deleted_snapshot_takes_its_row_with_it()
    {
        var (kept, deleted) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.StartStream<HouseholdCase>(kept, Application(kept, OtherCounty), Enrolment(kept, Start, 300));
            session.Events.StartStream<HouseholdCase>(deleted, Application(deleted, OtherCounty), Enrolment(deleted, Start, 300));
            await session.SaveChangesAsync();
        }
        (await RowsAsync(kept, deleted)).ShouldBe(2);

        await using (var session = ledger.Store.LightweightSession())
        {
            session.Delete<HouseholdCase>(deleted);
            await session.SaveChangesAsync();
        }

        (await RowsAsync(kept, deleted)).ShouldBe(1);
        (await RowsAsync(deleted)).ShouldBe(0);
    }

    [Fact]
    public async Task Cases_stored_before_the_table_existed_are_in_it_when_it_is_created()
    {
        var stored = Guid.NewGuid();
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.StartStream<HouseholdCase>(stored, Application(stored, OtherCounty), Enrolment(stored, Start, 420));
            var table = PayableCases.TableIn(ledger.Store.Options.DatabaseSchemaName);
            foreach (var drop in TableKeptByTriggers.DropStatements(table)) session.QueueSqlCommand(drop);
            await session.SaveChangesAsync();
        }

        await ledger.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        (await RowsAsync(stored)).ShouldBe(1);
        await ledger.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private async Task<int> RowsAsync(params Guid[] cases)
    {
        await using var query = ledger.Store.QuerySession();
        var table = PayableCases.TableIn(ledger.Store.Options.DatabaseSchemaName).QualifiedName;
        return (await query.AdvancedSql.QueryAsync<int>($"select count(*)::int from {table} where case_id = any(?)", CancellationToken.None, cases)).Single();
    }

    private static ApplicationReceived Application(Guid id, string county = County) =>
        new(id, county, null, null, Residence.Rural, DomainProgram.Dibao, Channel.Window, new LocalDate(2024, 1, 2),
            [new Member($"户主{id.ToString()[..4]}", $"{id:N}-0", Relation.Self), new Member("配偶", $"{id:N}-1", Relation.Spouse)], null, "测试", null);

    private static EnrolmentApproved Enrolment(Guid id, YearMonth from, decimal amount) =>
        new(DomainProgram.Dibao, from, amount, [$"{id:N}-0", $"{id:N}-1"], "测试", null);
}
