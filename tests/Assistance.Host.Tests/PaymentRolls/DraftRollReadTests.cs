using Assistance.Domain.Cases;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.PaymentRolls;
using Assistance.Host.PaymentRolls.Totals;
using Assistance.Host.Tests.Support;
using Marten;
using NodaTime;
using NodaTime.Text;
using DomainProgram = Assistance.Domain.Values.Program;
using Rolls = Assistance.Host.PaymentRolls.PaymentRolls;

namespace Assistance.Host.Tests.PaymentRolls;

/// <summary>
/// Random cases of one county — 渐退, exits recorded late and effective earlier, corrections of amounts and exit months, member
/// changes, enrolments backdated past issued rolls, a household that applied again under the same head, cases never enrolled and
/// cases of another county — with rolls issued between the changes: the draft, read from only the cases that can have a line,
/// equals the roll computed from the whole snapshot of every payable case of the county, line for line and in the same order.
/// </summary>
public class DraftRollReadTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string County = "140404";
    private const string OtherCounty = "140405";
    private static readonly YearMonth FirstMonth = new(2024, 1);
    private readonly Guid _paidInError = Guid.NewGuid();

    [Fact]
    public async Task The_draft_equals_the_roll_computed_from_every_payable_case()
    {
        var store = ledger.Store;
        var r = new Random(20241101);
        var cases = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        var heads = cases.Select((id, i) => i == 1 ? Head(cases[0]) : Head(id)).ToList();
        var changes = new Dictionary<Guid, List<object>>();

        await using (var session = store.LightweightSession())
        {
            for (var i = 0; i < cases.Count; i++)
            {
                var (start, events) = Opening(r, cases[i], heads[i], i == 1 ? cases[0] : null);
                session.Events.StartStream<HouseholdCase>(cases[i], events);
                if (start is { } enrolled) changes[cases[i]] = Changes(r, enrolled, heads[i]);
            }
            // Left before its first paid month, recorded only after three rolls paid it: nothing covers those months any more.
            changes[_paidInError] = [new CaseExited(ExitReason.Death, new YearMonth(2024, 7), "测试", null)];
            session.Events.StartStream<HouseholdCase>(_paidInError, Application(_paidInError, County, Head(_paidInError), null),
                new EnrolmentApproved(DomainProgram.Dibao, new YearMonth(2024, 7), 380, [Head(_paidInError).IdNumber], "测试", null));
            await session.SaveChangesAsync();
        }
        await AppendAsync(store, changes, r, all: false);
        foreach (var month in Months(new YearMonth(2024, 2), new YearMonth(2024, 7))) await IssueAsync(store, month);
        await AppendAsync(store, changes, r, all: false);
        await EnrolLateAsync(store, new YearMonth(2024, 3));
        foreach (var month in Months(new YearMonth(2024, 8), new YearMonth(2024, 9))) await IssueAsync(store, month);
        await AppendAsync(store, changes, r, all: true);
        await EnrolLateAsync(store, new YearMonth(2024, 5));

        var kinds = new HashSet<RollLineKind>();
        var gradual = false;
        await using var query = store.QuerySession();
        foreach (var month in Months(FirstMonth, new YearMonth(2025, 3)))
        {
            var expected = await WholeCaseLinesAsync(query, month);
            (await Rolls.DraftLinesAsync(query, County, month, CancellationToken.None)).ShouldBe(expected, $"{month}");
            await PagesAndTotalsAgreeAsync(query, month, expected);
            kinds.UnionWith(expected.Select(l => l.Kind));
            gradual |= expected.Any(l => l.Amount == 150);
        }
        kinds.ShouldBe([RollLineKind.Regular, RollLineKind.BackPay, RollLineKind.Recovery], ignoreOrder: true);
        gradual.ShouldBeTrue("渐退 lines were drafted");
    }

    /// <summary>
    /// Read page by page, the draft is the same lines, each case's lines on one page; its totals, from the summed tables, are the
    /// sums of the lines.
    /// </summary>
    private static async Task PagesAndTotalsAgreeAsync(IQuerySession session, YearMonth month, List<RollLine> expected)
    {
        var issued = await PaidAmounts.IssuedMonthsAsync(session, County, CancellationToken.None);
        var totals = await DraftTotals.OfAsync(session, County, month, issued.Where(m => m < month), CancellationToken.None);
        var regular = expected.Where(l => l.Kind == RollLineKind.Regular).ToList();
        totals.ShouldBe(new DraftTotals(expected.Sum(l => l.Amount), regular.Count, regular.Sum(l => l.Persons)), $"{month}");

        const int limit = 5;
        var paged = new List<RollLine>();
        Guid? after = null;
        do
        {
            var (lines, next) = await Rolls.DraftPageAsync(session, County, month, issued, after, limit, CancellationToken.None);
            if (next is not null) lines.Count.ShouldBeGreaterThanOrEqualTo(limit, $"{month}: a page before the last is full");
            lines.Select(l => l.CaseId).ShouldNotContain(id => paged.Any(p => p.CaseId == id), $"{month}: a case's lines are on one page");
            paged.AddRange(lines);
            after = next;
        } while (after is not null);
        paged.ShouldBe(expected, $"{month}: page by page");
    }

    /// <summary>The roll as it was computed before the draft read only the cases with a line: every payable case's whole snapshot.</summary>
    private static async Task<List<RollLine>> WholeCaseLinesAsync(IQuerySession session, YearMonth month)
    {
        var cases = await session.Query<HouseholdCase>()
            .Where(c => c.CountyCode == County &&
                        (c.Status == CaseStatus.Enrolled || c.Status == CaseStatus.GradualExit || c.Status == CaseStatus.Exited))
            .OrderBy(c => c.Id)
            .ToListAsync();
        var issued = await session.Query<IssuedPaymentRoll>().Where(r => r.CountyCode == County).ToListAsync();
        var paid = issued.SelectMany(r => r.Lines).GroupBy(l => l.CaseId).ToDictionary(c => c.Key, c => Runs(c));
        var issuedMonths = issued.Select(r => YearMonthPattern.Iso.Parse(r.Month).Value).ToList();
        return [.. PaymentRollCalculator.Lines(month, cases.Select(c => new CaseEntitlement(c.Id, c.Applicant.Name, c.Applicant.IdNumber,
            c.Segments, c.Corrections, paid.GetValueOrDefault(c.Id))), issuedMonths)];
    }

    /// <summary>A case's paid lines as runs: the months in a row whose lines sum to one amount (a month summing to nothing is in none).</summary>
    private static List<PaidRun> Runs(IEnumerable<RollLine> lines)
    {
        var runs = new List<PaidRun>();
        foreach (var (month, amount) in lines.GroupBy(l => l.ForMonth).Select(m => (m.Key, m.Sum(l => l.Amount))).Where(m => m.Item2 != 0).OrderBy(m => m.Key))
        {
            if (runs.Count > 0 && runs[^1] is var last && last.Amount == amount && last.To.PlusMonths(1) == month) runs[^1] = last with { To = month };
            else runs.Add(new PaidRun(month, month, amount));
        }
        return runs;
    }

    /// <summary>A case enrolled now from a month whose roll is issued: paid back (补发) in the next draft.</summary>
    private static async Task EnrolLateAsync(IDocumentStore store, YearMonth from)
    {
        await using var session = store.LightweightSession();
        var id = Guid.NewGuid();
        session.Events.StartStream<HouseholdCase>(id, Application(id, County, Head(id), null),
            new EnrolmentApproved(DomainProgram.Dibao, from, 420, [Head(id).IdNumber], "测试", null));
        await session.SaveChangesAsync();
    }

    private static async Task IssueAsync(IDocumentStore store, YearMonth month)
    {
        await using var session = store.LightweightSession();
        var text = Rolls.Format(month);
        session.Insert(new IssuedPaymentRoll
        {
            Id = IssuedPaymentRoll.IdOf(County, text), CountyCode = County, Month = text, Lines = await WholeCaseLinesAsync(session, month),
        });
        await session.SaveChangesAsync();
    }

    /// <summary>Appends some (or all the remaining) changes of each enrolled case, recorded after the rolls issued so far.</summary>
    private async Task AppendAsync(IDocumentStore store, Dictionary<Guid, List<object>> changes, Random r, bool all)
    {
        await using var session = store.LightweightSession();
        foreach (var (id, events) in changes)
        {
            var count = all ? events.Count : id == _paidInError ? 0 : r.Next(0, events.Count + 1);
            if (count == 0) continue;
            session.Events.Append(id, events.Take(count).ToArray());
            events.RemoveRange(0, count);
        }
        await session.SaveChangesAsync();
    }

    /// <summary>The application, and for most cases the enrolment (a few stay applied or are rejected; a few are in another county).</summary>
    private static (YearMonth? Start, object[] Events) Opening(Random r, Guid id, Member head, Guid? previous)
    {
        var county = r.Next(8) == 0 ? OtherCounty : County;
        var application = Application(id, county, head, previous);
        switch (r.Next(10))
        {
            case 0: return (null, [application]);
            case 1: return (null, [application, new ApplicationRejected(FirstMonth, "收入超标", "测试")]);
        }
        var start = FirstMonth.PlusMonths(r.Next(0, 6));
        var persons = r.Next(1, 4);
        var enrolled = new[] { head.IdNumber }.Concat(Enumerable.Range(1, persons - 1).Select(i => $"{id:N}-{i}")).ToList();
        return (start, [application, new EnrolmentApproved(DomainProgram.Dibao, start, 300 + 100 * persons, enrolled, "测试", null)]);
    }

    /// <summary>Up to four changes, each effective in a month that may lie before rolls issued by the time it is recorded.</summary>
    private static List<object> Changes(Random r, YearMonth start, Member head)
    {
        var changes = new List<object>();
        for (var step = r.Next(0, 5); step > 0; step--)
        {
            var month = start.PlusMonths(r.Next(0, 10));
            switch (r.Next(6))
            {
                case 0:
                    changes.Add(new CaseReviewed(new LocalDate(2024, 1, 3), 100, new Assets(), 0, ReviewOutcome.GradualExit, 150, month,
                        month.PlusMonths(r.Next(0, 4)), "测试", null));
                    break;
                case 1:
                    changes.Add(new CaseReviewed(new LocalDate(2024, 1, 3), 100, new Assets(), 0, ReviewOutcome.Decrease, 250, month, null, "测试", null));
                    break;
                case 2:
                    changes.Add(new HouseholdMembersChanged(MemberChangeKind.Birth, new Member("新生儿", $"{head.IdNumber}-b{step}", Relation.Child),
                        new LocalDate(2024, 1, 3), month, "测试", NewMonthlyAmount: 777));
                    break;
                case 3:
                    changes.Add(Corrected(CorrectedField.MonthlyAmount, month, r.Next(2) == 0 ? month.PlusMonths(r.Next(0, 3)) : null, 640, null));
                    break;
                case 4:
                    changes.Add(new CaseExited(ExitReason.IncomeAboveStandard, month, "测试", null));
                    if (r.Next(2) == 0) changes.Add(Corrected(CorrectedField.ExitMonth, month, null, null, month.PlusMonths(r.Next(-2, 3))));
                    return changes;
            }
        }
        return changes;
    }

    private static CaseCorrected Corrected(CorrectedField field, YearMonth from, YearMonth? until, decimal? amount, YearMonth? exit) =>
        new(Guid.NewGuid(), 2, nameof(EnrolmentApproved), field, "旧值", "新值", from, until, amount, exit, "录入错误",
            new LocalDate(2024, 12, 2), "测试");

    private static ApplicationReceived Application(Guid id, string county, Member head, Guid? previous) =>
        new(id, county, null, null, Residence.Rural, DomainProgram.Dibao, Channel.Window, new LocalDate(2024, 1, 2),
            [new Member("配偶", $"{id:N}-1", Relation.Spouse), head, new Member("子女", $"{id:N}-2", Relation.Child)], null, "测试", previous);

    private static Member Head(Guid id) => new($"户主{id.ToString()[..4]}", $"{id:N}-0", Relation.Self);

    private static IEnumerable<YearMonth> Months(YearMonth from, YearMonth through)
    {
        for (var m = from; m <= through; m = m.PlusMonths(1)) yield return m;
    }
}
