using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.Policy;

/// <summary>The county's rules as caseworkers meet them through the case commands (default parameters, rural standard 585).</summary>
public class RulesThroughHttpTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    private async Task<(JsonNode Body, int Status)> PostAsync(Guid id, string step, object body, Assistance.Host.Access.LedgerUser? user = null)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl($"/api/households/{id}/{step}");
            if (user is not null) s.As(user);
            s.IgnoreStatusCode();
        });
        return (await result.ReadJsonNodeAsync(), result.Context.Response.StatusCode);
    }

    private async Task<Guid> CommittedAsync()
    {
        ledger.Today(2025, 3, 20);
        var id = await Host.ApplyAsync(Application(county: "140405"));
        await Host.PostAsync(id, "commitments", Commitment());
        return id;
    }

    [Theory]
    [InlineData(1000, "EligibleDibao")]      // 1000 / 3 = 333.33 < 585
    [InlineData(1755, "Marginal")]           // exactly 585 per person: not below the line
    [InlineData(2632.5, "NotEligible")]      // exactly 1.5 × 585 per person: not below the marginal line
    public async Task An_assessment_answers_the_classification_with_reasons(decimal income, string classification)
    {
        var id = await CommittedAsync();
        var (body, status) = await PostAsync(id, "assessments", Assessment(monthlyIncome: income));
        status.ShouldBe(200);
        body.Text("result.classification").ShouldBe(classification);
        body["result"]!["reasons"]!.AsArray().ShouldNotBeEmpty();
        body["result"]!["reasons"]![0]!.GetValue<string>().ShouldContain("月人均收入");
    }

    [Fact]
    public async Task Itemised_incomes_leave_out_what_the_rules_exclude()
    {
        var id = await CommittedAsync();
        var (body, status) = await PostAsync(id, "assessments", new
        {
            assessedOn = "2025-03-20", assessedBy = "调查员李",
            incomes = new object[] { new { kind = "Wages", amount = 900m }, new { kind = "Scholarship", amount = 500m }, new { kind = "SocialAssistance", amount = 300m } },
        });
        status.ShouldBe(200);
        body.Value<decimal>("result.netMonthlyIncome").ShouldBe(900m);
        (await Host.GetCaseAsync(id)).Value<decimal>("latestAssessment.monthlyIncome").ShouldBe(900m);

        (body, status) = await PostAsync(id, "assessments", new
        {
            assessedOn = "2025-03-20", assessedBy = "调查员李", incomes = new object[] { new { kind = "Lottery", amount = 10m } },
        });
        status.ShouldBe(400);
        body["errors"]!["incomes[0].kind"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_township_grant_above_its_authority_is_409_and_says_who_decides()
    {
        var id = await CommittedAsync();
        var (body, status) = await PostAsync(id, "temporary-assistance",
            new { kind = "Emergency", amount = 1500m, grantedOn = "2025-03-20", reason = "房屋失火", grantedBy = "镇民政办" });
        status.ShouldBe(409);
        body.Text("detail").ShouldContain("县级民政部门审批");
        (await Host.GetCaseAsync(id)).Value<long>("version").ShouldBe(2);

        (_, status) = await PostAsync(id, "temporary-assistance",
            new { kind = "Emergency", amount = 1500m, grantedOn = "2025-03-20", reason = "房屋失火", grantedBy = "县民政局", authority = "County" }, TestUsers.Approver);
        status.ShouldBe(200);
        (_, status) = await PostAsync(id, "temporary-assistance",
            new { kind = "Emergency", amount = 7000m, grantedOn = "2025-03-20", reason = "再次受灾", grantedBy = "县民政局", authority = "County" }, TestUsers.Approver);
        status.ShouldBe(409); // above 10 × 585 even for the county
    }

    [Fact]
    public async Task A_review_after_a_job_starts_a_gradual_exit_of_the_configured_length()
    {
        var id = await CommittedAsync();
        await Host.PostAsync(id, "assessments", Assessment(assessedOn: "2025-03-20", monthlyIncome: 600m));
        await Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-04", decidedBy = "科长赵" });

        ledger.Today(2025, 9, 15);
        // 2100 / 3 = 700 per person: above 585, below 877.5 — into the 低保边缘 band through employment.
        var (body, status) = await PostAsync(id, "reviews",
            new { reviewedOn = "2025-09-15", monthlyIncome = 2100m, reviewedBy = "调查员李", incomeChangeCause = "Employment" });
        status.ShouldBe(200);
        body.Text("result.outcome").ShouldBe("GradualExit");
        var c = await Host.GetCaseAsync(id);
        c.Text("status").ShouldBe("GradualExit");
        c.Text("gradualExitUntil").ShouldBe("2026-03");
        c.Value<decimal>("monthlyAmount").ShouldBe(1155m); // previous amount without 分类施保, capped at 585 × 3
    }

    [Fact]
    public async Task A_review_finding_income_above_the_line_from_other_sources_exits()
    {
        var id = await CommittedAsync();
        await Host.PostAsync(id, "assessments", Assessment(assessedOn: "2025-03-20", monthlyIncome: 600m));
        await Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-04", decidedBy = "科长赵" });

        ledger.Today(2025, 9, 15);
        var (body, _) = await PostAsync(id, "reviews", new { reviewedOn = "2025-09-15", monthlyIncome = 2100m, reviewedBy = "调查员李" });
        body.Text("result.outcome").ShouldBe("Exit");
        var c = await Host.GetCaseAsync(id);
        c.Text("status").ShouldBe("Exited");
        c.Text("exitMonth").ShouldBe("2025-10");
    }

    [Fact]
    public async Task Several_tekun_persons_in_one_case_are_each_paid_N3_Art20()
    {
        ledger.Today(2025, 3, 20);
        var grandmother = Id("140405", "19570315", "041");
        var grandson = Id("140405", "20150315", "052");
        var id = await Host.ApplyAsync(new
        {
            countyCode = "140405", residence = "Rural", program = "Tekun", appliedOn = "2025-03-10",
            members = new object[]
            {
                new { name = "李奶奶", idNumber = grandmother, relation = "Self" },
                new { name = "李小明", idNumber = grandson, relation = "Grandchild" },
            },
        });
        await Host.PostAsync(id, "commitments", Commitment("2025-03-11"));
        var allAchieved = new { eating = true, dressing = true, gettingInOutOfBed = true, toileting = true, walkingIndoors = true, bathing = true };
        await Host.PostAsync(id, "assessments", new { assessedOn = "2025-03-15", monthlyIncome = 0m, assessedBy = "调查员李", selfCare = allAchieved });
        await Host.PostAsync(id, "decisions", new { decision = "Approve", decidedBy = "科长赵" });

        var c = await Host.GetCaseAsync(id);
        c.Value<int>("enrolledPersons").ShouldBe(2);
        c.Value<decimal>("monthlyAmount").ShouldBe(2182m); // (900 + 191) × 2, rural scattered support, both self-reliant
        c.Text("effectiveMonth").ShouldBe("2025-04");
    }

    [Fact]
    public async Task Approving_dibao_for_a_household_at_the_standard_is_409_and_points_to_marginal_N1_Art9()
    {
        var id = await CommittedAsync();
        await Host.PostAsync(id, "assessments", Assessment(assessedOn: "2025-03-20", monthlyIncome: 1755m)); // exactly 585 per person
        var (body, status) = await PostAsync(id, "decisions", new { decision = "Approve", decidedBy = "科长赵" });
        status.ShouldBe(409);
        body.Text("detail").ShouldContain("低保边缘");
        (await Host.GetCaseAsync(id)).Text("status").ShouldBe("Assessed");

        (_, status) = await PostAsync(id, "decisions", new { decision = "Approve", program = "Marginal", decidedBy = "科长赵" });
        status.ShouldBe(200);
        var c = await Host.GetCaseAsync(id);
        c.Text("program").ShouldBe("Marginal");
        c.Value<decimal>("monthlyAmount").ShouldBe(0m);
    }

    [Fact]
    public async Task After_a_death_the_remaining_household_is_paid_from_the_month_after_N5_1_3()
    {
        var id = await CommittedAsync();
        await Host.PostAsync(id, "assessments", Assessment(assessedOn: "2025-03-20", monthlyIncome: 600m));
        await Host.PostAsync(id, "decisions", new { decision = "Approve", decidedBy = "科长赵" });
        (await Host.GetCaseAsync(id)).Value<decimal>("monthlyAmount").ShouldBe(1363m); // 585 × 3 − 600 + 104 + 104

        ledger.Today(2025, 5, 12);
        await Host.PostAsync(id, "member-changes", new
        {
            kind = "Death", occurredOn = "2025-05-10", recordedBy = "村协理员",
            member = new { name = "李秀英", idNumber = SpouseId, relation = "Spouse", disability = "Grade2", laborCapacity = "None" },
        });
        var c = await Host.GetCaseAsync(id);
        c.Value<decimal>("monthlyAmount").ShouldBe(674m); // 585 × 2 − 600 + 104 for the child
        c.Value<int>("enrolledPersons").ShouldBe(2);
        c["segments"]!.AsArray().Select(x => (x!.Text("from"), x.Value<decimal>("monthlyAmount"))).ShouldBe(
            [("2025-04", 1363m), ("2025-06", 674m), ("2028-09", 570m), ("2030-04", 674m), ("2070-09", 778m)]); // the child turns 18, the father 60, the child 60
    }
}
