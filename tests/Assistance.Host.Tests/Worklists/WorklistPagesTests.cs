using Alba;

namespace Assistance.Host.Tests.Worklists;

public class WorklistPagesTests(WorklistFixture ledger) : IClassFixture<WorklistFixture>
{
    [Theory]
    [InlineData("/worklists/index.html", "text/html", "动态管理工作清单")]
    [InlineData("/worklists/worklists.js", "text/javascript", "/api/worklists")]
    [InlineData("/cases/view.html", "text/html", "案件详情")]
    [InlineData("/cases/case.js", "text/javascript", "/api/households/")]
    public async Task Pages_are_served_in_chinese(string url, string contentType, string contains)
    {
        var result = await ledger.Host.Scenario(s => s.Get.Url(url));
        result.Context.Response.ContentType.ShouldStartWith(contentType);
        (await result.ReadAsTextAsync()).ShouldContain(contains);
    }

    [Fact]
    public async Task The_worklist_endpoints_are_in_the_openapi_document()
    {
        var document = await (await ledger.Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync();
        document.ShouldContain("/api/worklists/{name}");
        document.ShouldContain("/api/data-comparisons/file");
        document.ShouldContain("/api/households/{id}/warnings/{warningId}/verification");
    }
}
