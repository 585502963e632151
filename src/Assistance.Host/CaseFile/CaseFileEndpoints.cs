using System.Security.Claims;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Assistance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Assistance.Host.CaseFile;

/// <summary>案卷: one case on paper, as a printable page and as a PDF.</summary>
public static class CaseFileEndpoints
{
    [Authorize(Policy = LedgerPolicies.Audit)]
    [WolverineGet("/api/households/{id}/case-file", OperationId = "getCaseFilePage",
        Summary = "案卷（可打印页面）",
        Description = "一个案件的完整案卷：家庭与成员、各环节决定及其签章摘要、待遇与发放，作为可打印的 HTML 页面。")]
    public static async Task<IResult> Page(Guid id, IDocumentStore store, CountyRegistry counties, IClock clock, ClaimsPrincipal user, CancellationToken ct) =>
        await CaseFileBuilder.BuildAsync(store, id, user.Ledger(), counties, clock, ct) is { } file
            ? Results.Content(CaseFilePage.Html(file), "text/html; charset=utf-8")
            : Problems.CaseNotFound(id);

    [Authorize(Policy = LedgerPolicies.Audit)]
    [WolverineGet("/api/households/{id}/case-file.pdf", OperationId = "getCaseFilePdf",
        Summary = "案卷（PDF）",
        Description = "与案卷页面相同内容的 PDF；服务器缺少中文字体时答复 503。")]
    public static async Task<IResult> Pdf(Guid id, IDocumentStore store, CountyRegistry counties, IClock clock, IConfiguration configuration,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (await CaseFileBuilder.BuildAsync(store, id, user.Ledger(), counties, clock, ct) is not { } file) return Problems.CaseNotFound(id);
        if (CjkFont.Find(configuration) is null)
            return Results.Problem(title: "未找到中文字体，无法生成 PDF 案卷",
                detail: "服务器上没有可嵌入的中文字体。请安装 Debian 软件包 fonts-wqy-microhei（apt-get install fonts-wqy-microhei），或以 Audit:CaseFileFont 指定一个 TrueType 中文字体文件；网页版案卷不受影响。",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        return Results.File(CaseFilePdf.Render(file), "application/pdf", $"案卷-{id}.pdf");
    }
}
