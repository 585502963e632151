using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Statistics;

/// <summary>
/// Hand-built histories over three counties and four months, through HTTP against PostgreSQL and the async daemon:
/// every contract column, the urban/rural split, exits by reason, 上期, a late-recorded exit and a late-recorded member change.
/// </summary>
public class MonthlyStatisticsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string Wuxiang = "140429", Luzhou = "140403", Qinyuan = "140431";
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task Months_follow_effective_months_and_late_records_move_the_months_they_take_effect_in()
    {
        ledger.Today(2025, 1, 10);
        var a = await Host.EnrolAsync(Wuxiang, "Rural", "2024-12", 3);
        var b = await Host.EnrolAsync(Wuxiang, "Urban", "2025-01", 2);
        await Host.EnrolAsync(Luzhou, "Urban", "2024-12", 3, singlePerson: true);
        var d = await Host.EnrolAsync(Luzhou, "Rural", "2025-01", 4);
        var e = await Host.EnrolAsync(Qinyuan, "Rural", "2024-12", 2);
        await Host.EnrolAsync(Wuxiang, "Rural", "2025-01", 1, program: "Tekun");
        ledger.Today(2025, 1, 20);
        await Host.ExitAsync(e, "IncomeAboveStandard", "2025-01");
        await Host.WaitForStatisticsAsync();

        // Before the late records: February as first known.
        (await Host.MonthlyRowAsync("2025-02", Wuxiang)).Columns().ShouldBe([5, 2, 0, 0, 0, 0, 5, 2, 0]);
        (await Host.MonthlyRowAsync("2025-02", Luzhou)).Columns().ShouldBe([5, 2, 0, 0, 0, 0, 5, 2, 0]);

        // Recorded in March, effective in February: a death that ends B and a member moving out of D.
        ledger.Today(2025, 3, 10);
        await Host.ExitAsync(b, "Death", "2025-02");
        var leaving = (await Host.GetCaseAsync(d, showIdNumbers: true))["members"]!.AsArray()[1]!;
        await Host.PostAsync(d, "member-changes", new
        {
            kind = "MovedOut", member = new { name = leaving.Text("name"), idNumber = leaving.Text("idNumber"), relation = "Child" },
            occurredOn = "2025-01-28", effectiveMonth = "2025-02", recordedBy = "窗口张",
        });
        await Host.WaitForStatisticsAsync();

        // 武乡县: A (3 rural) from 2024-12, B (2 urban) in January only.
        (await Host.MonthlyRowAsync("2024-12", Wuxiang)).Columns().ShouldBe([0, 0, 3, 1, 0, 0, 3, 1, 3]);
        var january = await Host.MonthlyRowAsync("2025-01", Wuxiang);
        january.Columns().ShouldBe([3, 1, 2, 1, 0, 0, 5, 2, 2]);
        Split(january["urban"]!).ShouldBe([0, 0, 2, 1, 0, 0, 2, 1]);
        Split(january["rural"]!).ShouldBe([3, 1, 0, 0, 0, 0, 3, 1]);
        var february = await Host.MonthlyRowAsync("2025-02", Wuxiang);
        february.Columns().ShouldBe([5, 2, 0, 0, 2, 1, 3, 1, -2]);
        february.Value<int>("netGrowthHouseholds").ShouldBe(-1);
        Split(february["urban"]!).ShouldBe([2, 1, 0, 0, 2, 1, 0, 0]);
        Exits(february).ShouldBe(new Dictionary<string, (int, int)> { ["Death"] = (1, 2) });
        february.Text("previousMonth").ShouldBe("2025-01");
        february.Value<int>("previous.closingPersons").ShouldBe(5);
        february.Value<int>("previous.newPersons").ShouldBe(2);
        february.Value<decimal>("monthOnMonth.closingPersons").ShouldBe(-0.4m);
        (await Host.MonthlyRowAsync("2025-03", Wuxiang)).Columns().ShouldBe([3, 1, 0, 0, 0, 0, 3, 1, 0]);

        // 潞州区: C enrolled alone (1 of 3 members), D 4 persons from January, one moved out from February.
        (await Host.MonthlyRowAsync("2024-12", Luzhou)).Columns().ShouldBe([0, 0, 1, 1, 0, 0, 1, 1, 1]);
        (await Host.MonthlyRowAsync("2025-01", Luzhou)).Columns().ShouldBe([1, 1, 4, 1, 0, 0, 5, 2, 4]);
        var luzhouFebruary = await Host.MonthlyRowAsync("2025-02", Luzhou);
        luzhouFebruary.Columns().ShouldBe([5, 2, 0, 0, 0, 0, 4, 2, -1]);
        luzhouFebruary.Value<int>("memberChangePersons").ShouldBe(-1);
        Split(luzhouFebruary["rural"]!).ShouldBe([4, 1, 0, 0, 0, 0, 3, 1]);
        Split(luzhouFebruary["urban"]!).ShouldBe([1, 1, 0, 0, 0, 0, 1, 1]);
        (await Host.MonthlyRowAsync("2025-03", Luzhou)).Columns().ShouldBe([4, 2, 0, 0, 0, 0, 4, 2, 0]);

        // 沁源县: E counted in December, exited (income above the standard) from January.
        (await Host.MonthlyRowAsync("2024-12", Qinyuan)).Columns().ShouldBe([0, 0, 2, 1, 0, 0, 2, 1, 2]);
        var qinyuanJanuary = await Host.MonthlyRowAsync("2025-01", Qinyuan);
        qinyuanJanuary.Columns().ShouldBe([2, 1, 0, 0, 2, 1, 0, 0, -2]);
        Exits(qinyuanJanuary).ShouldBe(new Dictionary<string, (int, int)> { ["IncomeAboveStandard"] = (1, 2) });

        // 特困 counts apart from 低保.
        (await Host.MonthlyRowAsync("2025-01", Wuxiang, "Tekun")).Columns().ShouldBe([0, 0, 1, 1, 0, 0, 1, 1, 1]);
        (await Host.MonthlyRowAsync("2025-03", Wuxiang, "Tekun")).Columns().ShouldBe([1, 1, 0, 0, 0, 0, 1, 1, 0]);

        // Every county appears, the ones without cases with zeros.
        var all = (await Host.GetJsonAsync("/api/statistics/monthly?month=2025-02")).AsArray();
        all.Select(r => r!.Text("countyCode")).ShouldBe(["140403", "140404", "140405", "140406", "140423", "140425", "140426", "140427", "140428", "140429", "140430", "140431"]);
        all.Single(r => r!.Text("countyCode") == "140426")!.Columns().ShouldAllBe(v => v == 0);
        all.Single(r => r!.Text("countyCode") == "140426")!.Text("countyName").ShouldBe("黎城县");
        all.ShouldAllBe(r => r!.Text("program") == "Dibao" && r.Text("month") == "2025-02");

        // Growth since the end of 2024, with 沁源县 shrinking to nothing.
        var growth = await Host.GetJsonAsync("/api/statistics/growth?baseline=2024-12&month=2025-03");
        growth.Text("baseline").ShouldBe("2024-12");
        growth.Text("month").ShouldBe("2025-03");
        growth.Text("program").ShouldBe("Dibao");
        var counties = growth["counties"]!.AsArray();
        counties.Count.ShouldBe(12);
        Growth(counties, Wuxiang).ShouldBe((3, 3, 0, 0m));
        Growth(counties, Luzhou).ShouldBe((1, 4, 3, 3m));
        Growth(counties, Qinyuan).ShouldBe((2, 0, -2, -1m));
        Growth(counties, "140426").ShouldBe((0, 0, 0, 0m));
        growth.Value<int>("total.baselinePersons").ShouldBe(6);
        growth.Value<int>("total.persons").ShouldBe(7);
        growth.Value<int>("total.netGrowth").ShouldBe(1);
        growth.Value<decimal>("total.growthRate").ShouldBe(0.1667m);
        growth.Value<bool>("allCountiesPositive").ShouldBeFalse();
    }

    private static int[] Split(JsonNode f) =>
    [
        f.Value<int>("openingPersons"), f.Value<int>("openingHouseholds"), f.Value<int>("newPersons"), f.Value<int>("newHouseholds"),
        f.Value<int>("exitedPersons"), f.Value<int>("exitedHouseholds"), f.Value<int>("closingPersons"), f.Value<int>("closingHouseholds"),
    ];

    private static Dictionary<string, (int, int)> Exits(JsonNode row) => row["exitsByReason"]!.AsObject()
        .Where(p => p.Value!.Value<int>("households") != 0)
        .ToDictionary(p => p.Key, p => (p.Value!.Value<int>("households"), p.Value!.Value<int>("persons")));

    private static (int, int, int, decimal) Growth(JsonArray counties, string code)
    {
        var c = counties.Single(x => x!.Text("countyCode") == code)!;
        return (c.Value<int>("baselinePersons"), c.Value<int>("persons"), c.Value<int>("netGrowth"), c.Value<decimal>("growthRate"));
    }
}
