using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Statistics;

/// <summary>
/// 刚性支出困难 counted as its own category of the monthly statistics for its validity months, and 因病致贫 households counted per
/// county and month (襄垣县, rural; the county's rigid-spending share 50 % from 2025-01).
/// </summary>
public class ExpansionStatisticsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private const string Xiangyuan = "140423";
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task A_recognised_rigid_expenditure_household_counts_as_its_own_category_until_its_validity_ends()
    {
        var id = await RecognisedAsync();
        await Host.WaitForStatisticsAsync();

        (await Host.MonthlyRowAsync("2025-01", Xiangyuan, "RigidExpenditure")).Columns().ShouldBe([0, 0, 0, 0, 0, 0, 0, 0, 0]);
        (await Host.MonthlyRowAsync("2025-02", Xiangyuan, "RigidExpenditure")).Columns().ShouldBe([0, 0, 3, 1, 0, 0, 3, 1, 3]);
        (await Host.MonthlyRowAsync("2026-01", Xiangyuan, "RigidExpenditure")).Columns().ShouldBe([3, 1, 0, 0, 0, 0, 3, 1, 0]);
        var expired = await Host.MonthlyRowAsync("2026-02", Xiangyuan, "RigidExpenditure");
        expired.Columns().ShouldBe([3, 1, 0, 0, 3, 1, 0, 0, -3]);
        expired["exitsByReason"]!["RecognitionExpired"]!.Value<int>("households").ShouldBe(1);
        // Not a 低保 household: the 低保 row does not count it.
        (await Host.MonthlyRowAsync("2025-02", Xiangyuan)).Columns().ShouldBe([0, 0, 0, 0, 0, 0, 0, 0, 0]);

        var view = await Host.GetCaseAsync(id);
        view.Text("program").ShouldBe("RigidExpenditure");
        view.Text("recognisedUntil").ShouldBe("2026-01");
    }

    [Fact]
    public async Task Illness_poverty_households_are_counted_from_their_effective_month_in_their_county()
    {
        ledger.Today(2025, 3, 3);
        var id = await Host.ApplyAsync(Application(county: Xiangyuan, appliedOn: "2025-03-03"));
        await Host.PostAsync(id, "illness-poverty", new { recognisedOn = "2025-03-03", effectiveMonth = "2025-04", evidence = "白血病化疗，自付医疗费 4.1 万元", idNumber = SpouseId });

        (await CountAsync("2025-03")).ShouldBe((0, 0, 0));
        (await CountAsync("2025-04")).ShouldBe((1, 3, 1));
        (await CountAsync("2025-05")).ShouldBe((1, 3, 0));
        var all = (await Host.GetJsonAsync("/api/statistics/illness-poverty?month=2025-04")).AsArray();
        all.Count.ShouldBe(12);
        all.Where(r => r!.Text("countyCode") != Xiangyuan).ShouldAllBe(r => r!.Value<int>("households") == 0);
    }

    private async Task<(int Households, int Persons, int New)> CountAsync(string month)
    {
        var row = (await Host.GetJsonAsync($"/api/statistics/illness-poverty?month={month}&countyCode={Xiangyuan}")).AsArray().ShouldHaveSingleItem()!;
        return (row.Value<int>("households"), row.Value<int>("persons"), row.Value<int>("newHouseholds"));
    }

    /// <summary>Applied, assessed as 刚性支出困难 and recognised by a written decision of 2025-01-20, from 2025-02 for twelve months.</summary>
    private async Task<Guid> RecognisedAsync()
    {
        ledger.Today(2025, 1, 10);
        await Host.Scenario(s =>
        {
            s.Put.Json(new { effectiveFrom = "2025-01", rigidExpenditureShareOfIncome = 0.5m, reason = "刚性支出困难家庭认定" }).ToUrl($"/api/counties/{Xiangyuan}/policy");
            s.StatusCodeShouldBeOk();
        });
        var id = await Host.ApplyAsync(Application(county: Xiangyuan, appliedOn: "2025-01-10"));
        await Host.PostAsync(id, "commitments", Commitment("2025-01-10"));
        ledger.Today(2025, 1, 13);
        var assessed = await Host.Scenario(s =>
        {
            s.Post.Json(new { assessedOn = "2025-01-13", monthlyIncome = 3000m, rigidSpending = new { medical = 20000m } }).ToUrl($"/api/households/{id}/assessments");
            s.StatusCodeShouldBeOk();
        });
        (await assessed.ReadJsonNodeAsync()).Text("result.classification").ShouldBe("RigidExpenditureHardship");
        ledger.Today(2025, 1, 20);
        await Host.PostAsync(id, "decisions", new { decision = "Approve", program = "RigidExpenditure" });
        return id;
    }
}
