using Assistance.Domain.Labels;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.Labels;

public static class LabelsEndpoint
{
    /// <summary>The zh-CN terms by concern and identifier (<see cref="LabelCatalogue"/>), for pages that show an identifier the API answered.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/labels", OperationId = "getLabels",
        Summary = "中文术语表",
        Description = "按类别列出接口返回的各标识（救助类别、案件状态、事件类型、收入类型等）对应的中文名称，供页面与导出统一使用。")]
    public static IResult Get() => Results.Ok(LabelCatalogue.All);
}
