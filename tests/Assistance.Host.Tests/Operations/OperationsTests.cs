using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Operations;

public class OperationsTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task Health_answers_200_when_the_store_is_reachable() =>
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/health");
            s.StatusCodeShouldBeOk();
        });

    [Fact]
    public async Task Without_a_management_port_metrics_are_for_administrators_only()
    {
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/metrics");
            s.Anonymous();
            s.StatusCodeShouldBe(401);
        });
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/metrics");
            s.As(TestUsers.Auditor);
            s.StatusCodeShouldBe(403);
        });
        var metrics = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/metrics");
            s.As(TestUsers.Administrator);
            s.StatusCodeShouldBeOk();
        });
        (await metrics.ReadAsTextAsync()).ShouldContain("# TYPE");
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_contract_paths()
    {
        var doc = await (await ledger.Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadJsonNodeAsync();
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/households");
        paths.ShouldContain("/api/households/{id}/commitments");
        paths.ShouldContain("/api/households/{id}/history");
        paths.ShouldContain("/api/counties");
    }

    [Fact]
    public async Task The_twelve_counties_of_the_sample_city_are_reference_data()
    {
        var counties = (await (await ledger.Host.Scenario(s => s.Get.Url("/api/counties"))).ReadJsonNodeAsync()).AsArray();
        counties.Count.ShouldBe(12);
        counties.ShouldContain(c => c!.Text("countyCode") == "140429" && c.Text("countyName") == "武乡县");
    }
}
