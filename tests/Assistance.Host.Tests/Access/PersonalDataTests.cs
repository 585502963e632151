using Alba;
using Assistance.Host.Tests.Statistics;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Access;

/// <summary>ID numbers are masked everywhere but where a county's own staff ask for them, and every such view is on record.</summary>
public class PersonalDataTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;
    private static readonly string Masked = Households.ApplicantId[..6] + "********" + Households.ApplicantId[14..];

    [Fact]
    public async Task Lists_pages_and_exports_mask_and_a_full_view_is_recorded()
    {
        ledger.Today(2025, 3, 10);
        var id = await Host.ApplyAsync(new
        {
            countyCode = "140429", township = "丰州镇", residence = "Rural", program = "Dibao", appliedOn = "2025-01-06",
            members = new object[] { new { name = "=HYPERLINK(\"http://x\",\"点我\")", idNumber = Households.ApplicantId, relation = "Self" } },
        });
        await Host.PostAsync(id, "commitments", Households.Commitment());
        await Host.PostAsync(id, "assessments", Households.Assessment(monthlyIncome: 100m));
        await Host.PostAsync(id, "decisions", new { decision = "Approve", decidedOn = "2025-01-20", effectiveMonth = "2025-02", monthlyAmount = 300m, reason = "集体研究" });
        await Host.WaitForStatisticsAsync();

        foreach (var url in new[] { $"/api/households/{id}", $"/api/households/{id}/history", "/api/payment-rolls/140429/2025-03",
                     "/api/worklists/reviews-due?countyCode=140429", "/api/worklists/duplicates?countyCode=140429" })
        {
            var text = await (await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBeOk(); })).ReadAsTextAsync();
            text.ShouldNotContain(Households.ApplicantId, customMessage: url);
        }
        (await Host.GetCaseAsync(id))["members"]![0]!.Text("idNumber").ShouldBe(Masked);

        var wuxiang = TestUsers.CaseworkerOf("140429");
        var full = await Host.Scenario(s => { s.Get.Url($"/api/households/{id}?showIdNumbers=true"); s.As(wuxiang); s.StatusCodeShouldBeOk(); });
        (await full.ReadJsonNodeAsync())["members"]![0]!.Text("idNumber").ShouldBe(Households.ApplicantId);
        await Host.Scenario(s => { s.Get.Url($"/api/households/{id}?showIdNumbers=true"); s.As(TestUsers.Auditor); s.StatusCodeShouldBe(403); });

        // The bank file is for approvers and carries the full number (the bank matches by it); a formula-like name is neutralised.
        var bank = await (await Host.Scenario(s => { s.Get.Url("/api/payment-rolls/140429/2025-03.csv"); s.StatusCodeShouldBeOk(); })).ReadAsTextAsync();
        bank.ShouldContain(Households.ApplicantId);
        bank.ShouldContain("\"'=HYPERLINK(");
        await Host.Scenario(s => { s.Get.Url("/api/payment-rolls/140429/2025-03.csv"); s.As(TestUsers.Caseworker); s.StatusCodeShouldBe(403); });

        var views = (await Host.GetJsonAsync("/api/audit/id-views?countyCode=140429")).AsArray();
        views.Count.ShouldBe(2);
        views.ShouldContain(v => v!["caseId"] != null && v["caseId"]!.GetValue<Guid>() == id && v.Text("userId") == wuxiang.Id);
        views.ShouldContain(v => v!["file"] != null && v.Text("file") == "发放名册_武乡县_2025-03.csv" && v.Text("userId") == TestUsers.Approver.Id);
        await Host.Scenario(s => { s.Get.Url("/api/audit/id-views?countyCode=140403"); s.As(TestUsers.AuditorOf("140429")); s.StatusCodeShouldBe(403); });
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        foreach (var url in new[] { "/dashboard/index.html", "/signin/index.html", "/api/counties", "/health" })
        {
            var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBeOk(); });
            var headers = result.Context.Response.Headers;
            headers.ContentSecurityPolicy.ToString().ShouldContain("frame-ancestors 'none'");
            headers.ContentSecurityPolicy.ToString().ShouldContain("script-src 'self'");
            headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
            headers["Referrer-Policy"].ToString().ShouldBe("no-referrer");
            headers.ContainsKey("Server").ShouldBeFalse();
        }
    }
}
