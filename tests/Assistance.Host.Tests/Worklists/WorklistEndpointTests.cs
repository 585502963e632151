using Marten.Events;
using Alba;
using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using Marten;
using Assistance.Host.Tests.Support;
using NodaTime;
using static Assistance.Host.Tests.Worklists.CaseHistories;
using Assistance.Domain.Policy;

namespace Assistance.Host.Tests.Worklists;

/// <summary>Lists built from hand-made histories against PostgreSQL, read through /api/worklists.</summary>
public class WorklistEndpointTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task Pending_applications_carry_age_and_step_deadline_in_working_days_overdue_first_and_leave_when_decided()
    {
        var head = Person("赵春生", "19800101", "101");
        ledger.Today(2026, 2, 2);
        var committed = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 2, 2), township: "故城镇", members: head),
            Committed(new LocalDate(2026, 2, 2), "窗口甲"));
        ledger.Today(2026, 2, 12);
        var fresh = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 2, 12), members: Person("钱秋实", "19810202", "102")));

        ledger.Today(2026, 2, 26);
        var page = await Host.ListAsync("pending-applications");
        page.Value<int>("total").ShouldBe(2);
        var first = page.Rows()[0];
        first.Value<Guid>("caseId").ShouldBe(fresh);
        // 3 WD after Thu 12 Feb: Fri 13, Sat 14 (调休), then Tue 24 after 春节.
        first.Text("dueOn").ShouldBe("2026-02-24");
        first.Value<int>("overdueDays").ShouldBe(2);
        first.Value<int>("ageWorkingDays").ShouldBe(5);
        first.Text("countyCode").ShouldBe("140429");
        first.Text("township").ShouldBe("丰州镇");
        first.Text("headOfHousehold").ShouldBe(IdNumber.Mask(Households.Id("140429", "19810202", "102")));
        first.Text("reason").ShouldContain("启动入户调查");
        var second = page.Rows()[1];
        second.Value<Guid>("caseId").ShouldBe(committed);
        second.Text("dueOn").ShouldBe("2026-03-20");
        second.Value<int>("overdueDays").ShouldBe(0);

        (await Host.ListAsync("pending-applications", "countyCode=140429&township=故城镇")).Value<int>("total").ShouldBe(1);

        await ledger.Store.AppendAsync(committed, new EconomicStatusAssessed(new LocalDate(2026, 2, 27), 900m, new Assets(), 0m, "乙", null),
            new ApplicationRejected(new YearMonth(2026, 3), "家庭人均收入高于低保标准", "科长丙"));
        page = await Host.ListAsync("pending-applications");
        page.Rows().ShouldHaveSingleItem().Value<Guid>("caseId").ShouldBe(fresh);
    }

    [Fact]
    public async Task Income_above_the_standard_puts_an_enrolled_case_on_should_exit_until_it_exits()
    {
        ledger.Today(2026, 3, 2);
        var head = Person("孙有田", "19750505", "201");
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 2), members: head),
            Committed(new LocalDate(2026, 3, 2)), Assessed(new LocalDate(2026, 3, 4), 650m),
            Enrolled(new YearMonth(2026, 4), [head]));

        ledger.Today(2026, 3, 10);
        var row = (await Host.ListAsync("should-exit")).RowOf(id).ShouldNotBeNull();
        row.Text("reason").ShouldContain("不低于低保标准 585.00 元");
        row.Text("dueOn").ShouldBe("2026-03-04");
        row.Value<int>("overdueDays").ShouldBe(6);
        row.Text("caseUrl").ShouldBe($"/cases/view.html?id={id}");

        await ledger.Store.AppendAsync(id, new CaseExited(ExitReason.IncomeAboveStandard, new YearMonth(2026, 4), "科长丙", null));
        (await Host.ListAsync("should-exit")).RowOf(id).ShouldBeNull();
    }

    [Fact]
    public async Task The_standard_is_the_countys_in_force_so_a_raised_standard_keeps_the_case_off_should_exit()
    {
        ledger.Today(2026, 3, 2);
        await using (var session = ledger.Store.LightweightSession())
        {
            session.Events.StartStream<CountyPolicy>(CountyPolicy.StreamOf("140404"),
                new CountyPolicySet("140404", new YearMonth(2026, 3), PolicyParameters.Defaults with { DibaoStandardRural = 700m }, "管理员", "提标"));
            await session.SaveChangesAsync();
        }
        var head = Person("许平安", "19750606", "211");
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 3, 2), county: "140404", members: head),
            Committed(new LocalDate(2026, 3, 2)), Assessed(new LocalDate(2026, 3, 4), 650m),
            Enrolled(new YearMonth(2026, 4), [head]));
        (await Host.ListAsync("should-exit", "countyCode=140404")).RowOf(id).ShouldBeNull();
    }

    [Fact]
    public async Task A_rejected_household_with_a_severely_disabled_member_is_possibly_eligible()
    {
        ledger.Today(2026, 4, 1);
        var disabled = Person("周小燕", "19950707", "302", Relation.Child, Disability.Grade1, LaborCapacity.None);
        var id = await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 4, 1), members: [Person("周大河", "19700303", "301"), disabled]),
            Committed(new LocalDate(2026, 4, 1)), Assessed(new LocalDate(2026, 4, 2), 2000m));
        ledger.Today(2026, 4, 8);
        await ledger.Store.AppendAsync(id, new ApplicationRejected(new YearMonth(2026, 5), "家庭人均收入高于低保标准", "科长丙"));

        var row = (await Host.ListAsync("possibly-eligible")).RowOf(id).ShouldNotBeNull();
        row.Text("reason").ShouldContain("周小燕");
        row.Text("reason").ShouldContain("单人保");
        row.Text("dueOn").ShouldBe("2026-04-08");
    }

    [Fact]
    public async Task Paging_and_counts()
    {
        ledger.Today(2026, 5, 6);
        for (var i = 0; i < 3; i++)
        {
            var n = i;
            await ledger.Store.StartAsync(id => Applied(id, new LocalDate(2026, 5, 6), county: "140406", members: Person($"申请人{n}", "19600101", $"40{n}")));
        }
        var page = await Host.ListAsync("pending-applications", "countyCode=140406&page=2&pageSize=2");
        page.Value<int>("total").ShouldBe(3);
        page.Rows().Count.ShouldBe(1);

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var counts = await (await Host.Scenario(s => s.Get.Url("/api/worklists?countyCode=140406"))).ReadJsonNodeAsync();
        var pending = counts["lists"]!.AsArray().Single(l => l!.Text("name") == "pending-applications")!;
        pending.Value<int>("total").ShouldBe(3);
        pending.Value<int>("overdue").ShouldBe(0);

        ledger.Today(2026, 9, 1);
        counts = await (await Host.Scenario(s => s.Get.Url("/api/worklists?countyCode=140406"))).ReadJsonNodeAsync();
        pending = counts["lists"]!.AsArray().Single(l => l!.Text("name") == "pending-applications")!;
        pending.Value<int>("total").ShouldBe(3);
        pending.Value<int>("overdue").ShouldBe(3);
        ledger.Today(2026, 5, 5);
        counts = await (await Host.Scenario(s => s.Get.Url("/api/worklists?countyCode=140406"))).ReadJsonNodeAsync();
        counts["lists"]!.AsArray().Single(l => l!.Text("name") == "pending-applications")!.Value<int>("total").ShouldBe(0);
        await WorklistTalliesAgreement.ShouldAgreeAsync(ledger);
    }

    [Theory]
    [InlineData("/api/worklists/nonsense?countyCode=140429", 404)]
    [InlineData("/api/worklists/reviews-due?countyCode=140429&page=0", 400)]
    [InlineData("/api/worklists/reviews-due?countyCode=140429&pageSize=1000", 400)]
    [InlineData("/api/worklists/reviews-due?countyCode=140429&page=abc", 400)]
    [InlineData("/api/worklists/reviews-due?countyCode=999999", 400)]
    [InlineData("/api/worklists/reviews-due?sort=name", 400)]
    public async Task Bad_requests_are_problems(string url, int status)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(status);
        });
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
    }
}
