using System.Security.Claims;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Assistance.Host.Core.Idempotency;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Outreach;

public static class OutreachRosterEndpoints
{
    /// <summary>
    /// A department roster (部门名册) as the body (text/csv in UTF-8, or an .xlsx workbook) or as the multipart field
    /// <c>file</c>; <c>?fileName=</c> names a bare body in the error report.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePost("/api/outreach/rosters", OperationId = "uploadOutreachRoster",
        Summary = "上传部门摸排名单",
        Description = "系统管理员上传残联、医保、防返贫监测或农村老年人等部门名单（CSV 或 .xlsx，列：姓名、身份证号、县代码、乡镇、村、类别、来源）。每人按身份证号与全部案件比对（已覆盖、曾覆盖、未覆盖）；同一来源的新名单替换旧名单，走访记录保留。出错的行写入错误报告。")]
    public static async Task<IResult> Post(HttpRequest request, string? fileName, IDocumentSession session, CountyRegistry counties, IClock clock,
        TimeProvider time, ClaimsPrincipal user, CancellationToken ct)
    {
        var (content, name, problem) = await BodyAsync(request, fileName, ct);
        if (problem is not null) return Problems.Invalid(new Dictionary<string, string[]> { ["file"] = [problem] });
        try
        {
            var roster = await OutreachRosterUpload.StageAsync(session, counties, content!, name!, user.Ledger(), clock.Today(), time.GetUtcNow(), ct);
            return await AnswerOnCommit.SaveAsync(IdNumberMasking.Answer(OutreachRosterSummary.Of(roster), reveal: false), () => session.SaveChangesAsync(ct));
        }
        catch (Exception e) when (PersonConflict.Is(e))
        {
            return PersonConflict.Answer("上传期间名单上的人员已被他人更新（走访、案件变化或另一份名单），本次名单未保存。请重新上传。");
        }
    }

    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverineGet("/api/outreach/rosters/{id}/report.csv", OperationId = "getOutreachRosterReportCsv",
        Summary = "摸排名单错误报告（CSV）",
        Description = "下载一次名单上传的错误报告（UTF-8 带 BOM，Excel 可直接打开）：文件、行号、原因。")]
    public static Task<IResult> ReportCsv(Guid id, IQuerySession session, CancellationToken ct) => ReportAsync(id, xlsx: false, session, ct);

    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverineGet("/api/outreach/rosters/{id}/report.xlsx", OperationId = "getOutreachRosterReportXlsx",
        Summary = "摸排名单错误报告（Excel）",
        Description = "下载一次名单上传的错误报告（.xlsx）：文件、行号、原因。")]
    public static Task<IResult> ReportXlsx(Guid id, IQuerySession session, CancellationToken ct) => ReportAsync(id, xlsx: true, session, ct);

    private static async Task<IResult> ReportAsync(Guid id, bool xlsx, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<OutreachRoster>(id, ct) is not { } roster)
            return Problems.NotFound("名册上传记录不存在", $"找不到编号为 {id} 的名册上传记录，请核对编号。");
        var report = roster.ErrorReport();
        if (xlsx && report.Rows.Count == 0) report = report with { Rows = [[roster.File, null, "无错误"]] };
        return await TableFiles.FileAsync(report, $"名册错误报告-{roster.Id}", xlsx, ct);
    }

    private const long MaxBytes = 20 * 1024 * 1024;

    private static async Task<(byte[]? Content, string? Name, string? Problem)> BodyAsync(HttpRequest request, string? fileName, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var (file, _) = await UploadedFile.ReadAsync(request, MaxBytes, ct);
            return file is null
                ? (null, null, "上传内容不是完整的 multipart/form-data（字段名 file），或文件为空、过大（上限 20 MB）、文件名无效")
                : (file.Content, file.Name, null);
        }
        if (request.ContentLength > MaxBytes) return (null, null, "名册过大：上限 20 MB");
        var extension = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "text/csv" => ".csv",
            TableFiles.XlsxType => ".xlsx",
            _ => null,
        };
        if (extension is null) return (null, null, "请以 text/csv（UTF-8）、.xlsx 或 multipart/form-data（字段名 file）上传名册");
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        if (body.Length == 0) return (null, null, "请求体为空：请上传名册内容");
        var name = string.IsNullOrWhiteSpace(fileName) ? "名册" + extension : Path.GetFileName(fileName);
        return (body.ToArray(), Path.GetExtension(name).Equals(extension, StringComparison.OrdinalIgnoreCase) ? name : name + extension, null);
    }
}
