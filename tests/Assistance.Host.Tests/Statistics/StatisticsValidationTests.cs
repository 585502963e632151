using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Statistics;

/// <summary>Every statistics endpoint answers bad parameters with a 400 problem naming each bad field.</summary>
public class StatisticsValidationTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Theory]
    [InlineData("/api/statistics/monthly", "month")]
    [InlineData("/api/statistics/monthly?month=2025-13", "month")]
    [InlineData("/api/statistics/monthly?month=2025/03", "month")]
    [InlineData("/api/statistics/monthly?month=2025-03&program=Welfare", "program")]
    [InlineData("/api/statistics/monthly?month=2025-03&countyCode=999999", "countyCode")]
    [InlineData("/api/statistics/growth?month=2025-03", "baseline")]
    [InlineData("/api/statistics/growth?baseline=2024-12", "month")]
    [InlineData("/api/statistics/growth?baseline=2025-04&month=2025-03", "baseline")]
    [InlineData("/api/statistics/growth?baseline=2024-12&month=2025-03&program=dibao", "program")]
    [InlineData("/api/statistics/trend?month=2025-03&months=0", "months")]
    [InlineData("/api/statistics/trend?month=2025-03&months=abc", "months")]
    [InlineData("/api/statistics/trend?month=x", "month")]
    [InlineData("/api/statistics/monthly.xlsx?month=2025-3", "month")]
    [InlineData("/api/statistics/monthly.csv?month=2025-03&countyCode=140499", "countyCode")]
    [InlineData("/api/statistics/growth.xlsx?baseline=2024-12", "month")]
    [InlineData("/api/statistics/growth.csv?baseline=2026-01&month=2025-03", "baseline")]
    public async Task Bad_parameters_are_a_400_problem_naming_the_field(string url, string field)
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(400);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var problem = await result.ReadJsonNodeAsync();
        problem.Text("title").ShouldBe("请求参数有误");
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe([field]);
        problem["errors"]![field]![0]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Several_bad_parameters_are_reported_together()
    {
        var problem = await ledger.Host.GetJsonAsync("/api/statistics/monthly?month=3月&program=X&countyCode=1", 400);
        problem["errors"]!.AsObject().Select(e => e.Key).Order().ShouldBe(["countyCode", "month", "program"]);
    }
}
