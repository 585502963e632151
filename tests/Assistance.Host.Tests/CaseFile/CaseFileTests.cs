using Alba;
using Assistance.Host.Tests.Support;
using static Assistance.Host.Tests.Support.Households;

namespace Assistance.Host.Tests.CaseFile;

/// <summary>The case file of a case with a correction and an appeal, as a page and as a PDF.</summary>
public class CaseFileTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<Guid> CorrectedAndAppealedCaseAsync()
    {
        ledger.Today(2025, 1, 20);
        var id = await ledger.Host.ApplyAsync(Application(Guid.NewGuid()));
        await ledger.Host.PostAsync(id, "commitments", Commitment());
        var assessment = await ledger.Host.PostAsync(id, "assessments", Assessment(monthlyIncome: 600m));
        var approval = await ledger.Host.PostAsync(id, "decisions", new { decision = "Approve", effectiveMonth = "2025-02", decidedBy = "科长赵" });
        ledger.Today(2025, 3, 3);
        await ledger.Host.PostAsync(id, "corrections", new { correctsVersion = assessment, field = "MonthlyIncome", value = "900", reason = "工资收入录入错误", correctedBy = "科长赵" }, user: TestUsers.Approver);
        await ledger.Host.PostAsync(id, "appeals", new { kind = "Reconsideration", againstVersion = approval, grounds = "对核定金额有异议", appellant = "王大山" });
        return id;
    }

    [Fact]
    public async Task The_case_file_page_shows_members_decisions_amounts_the_correction_the_appeal_and_the_verification()
    {
        var id = await CorrectedAndAppealedCaseAsync();
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{id}/case-file");
            s.As(TestUsers.Auditor);
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        var html = await result.ReadAsTextAsync();
        html.ShouldContain("社会救助案卷（武乡县）");
        html.ShouldContain("李秀英");
        html.ShouldContain("审核确认纳入");
        html.ShouldMatch("已被第 \\d+ 版更正");
        html.ShouldContain("工资收入录入错误");
        html.ShouldContain("对核定金额有异议");
        html.ShouldContain("ESIGN-2025-0001");
        html.ShouldContain("核验通过");
    }

    [Fact]
    public async Task The_case_file_pdf_embeds_a_chinese_font_and_holds_every_section()
    {
        await CjkFonts.EnsureInstalledAsync();
        var id = await CorrectedAndAppealedCaseAsync();
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/households/{id}/case-file.pdf");
            s.As(TestUsers.Auditor);
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("application/pdf");
        });
        var pdf = await ReadBytesAsync(result);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        pdf.Length.ShouldBeGreaterThan(10_000);
        System.Text.Encoding.ASCII.GetString(pdf).ShouldContain("/FontFile2");
    }

    private static async Task<byte[]> ReadBytesAsync(IScenarioResult result)
    {
        using var memory = new MemoryStream();
        if (result.Context.Response.Body.CanSeek) result.Context.Response.Body.Position = 0;
        await result.Context.Response.Body.CopyToAsync(memory);
        return memory.ToArray();
    }
}
