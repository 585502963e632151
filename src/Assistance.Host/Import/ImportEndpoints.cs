using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Host.Core;
using Marten;
using Wolverine.Http;

namespace Assistance.Host.Import;

public static class ImportEndpoints
{
    /// <summary>
    /// Upload one roster file (multipart field <c>file</c>). The caller may pick <c>importId</c> to poll
    /// <c>/api/imports/{importId}/progress</c> while a large file is imported.
    /// </summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePost("/api/imports", OperationId = "importRoster",
        Summary = "导入花名册",
        Description = "系统管理员上传一个县的花名册（CSV 或 .xlsx），每户建为案件；出错的行写入错误报告，不中断导入。中断的导入以相同文件和相同 importId 重新提交即可续导。")]
    public static async Task<IResult> Post(HttpRequest request, RosterImporter importer, ImportProgressBoard board, IQuerySession session, CancellationToken ct)
    {
        var importId = Guid.CreateVersion7();
        if (request.Query["importId"] is [{ } given] && (!Guid.TryParse(given, out importId) || importId == Guid.Empty))
            return Problems.Invalid(new Dictionary<string, string[]> { ["importId"] = ["importId 须为非全零的 GUID"] });
        var (file, refusal) = await UploadedFile.ReadAsync(request, MaxFileBytes, ct);
        if (refusal is not null) return refusal;
        if (!RosterFile.IsSupported(file!.Name))
            return Problems.Invalid(new Dictionary<string, string[]> { ["file"] = [$"「{file.Name}」的格式不受支持：请上传 .csv 或 .xlsx 文件"] });
        // A run that stopped part-way goes on under its id with the same file; any other reuse would overwrite its error report.
        if (await session.LoadAsync<RosterImportRun>(importId, ct) is { } earlier &&
            (earlier.Status == RosterImportStatus.Finished || earlier.FileHash != RosterImporter.HashOf(file.Content)))
            return Problems.Conflict("导入编号已被使用", $"导入编号 {importId} 已用于之前的一次导入，请换一个 importId 或不填由系统生成。");

        var run = await importer.ImportAsync(file.Content, file.Name, Actors.Of(request.HttpContext), importId, board.Track(importId), ct,
            finished => Results.Ok(ImportSummary.Of(finished)));
        return Results.Ok(ImportSummary.Of(run));
    }

    /// <summary>A county's roster of tens of thousands of members is a few megabytes.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverineGet("/api/imports/{id}", OperationId = "getImport",
        Summary = "查看导入记录",
        Description = "一次导入的状态（进行中、失败、完成）、户数与错误数。")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<RosterImportRun>(id, ct) is { } run ? Results.Ok(ImportSummary.Of(run)) : ImportNotFound(id);

    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverineGet("/api/imports/{id}/progress", OperationId = "getImportProgress",
        Summary = "导入进度",
        Description = "一次导入已处理的户数和行数，供页面显示进度。")]
    public static IResult Progress(Guid id, ImportProgressBoard board) =>
        board.Of(id) is { } progress ? Results.Ok(progress) : ImportNotFound(id);

    /// <summary>The error report as CSV (UTF-8 with BOM so that Excel shows the Chinese text): 文件, 行号, 原因.</summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverineGet("/api/imports/{id}/report.csv", OperationId = "getImportReportCsv",
        Summary = "导入错误报告（CSV）",
        Description = "一次导入的错误报告（UTF-8 带 BOM）：文件、行号、原因。")]
    public static Task<IResult> ReportCsv(Guid id, IQuerySession session, CancellationToken ct) => ReportAsync(id, xlsx: false, session, ct);

    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverineGet("/api/imports/{id}/report.xlsx", OperationId = "getImportReportXlsx",
        Summary = "导入错误报告（Excel）",
        Description = "一次导入的错误报告（.xlsx）：文件、行号、原因。")]
    public static Task<IResult> ReportXlsx(Guid id, IQuerySession session, CancellationToken ct) => ReportAsync(id, xlsx: true, session, ct);

    private static async Task<IResult> ReportAsync(Guid id, bool xlsx, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<RosterImportRun>(id, ct) is not { } run) return ImportNotFound(id);
        var report = run.ErrorReport();
        // A workbook without rows would have no header either; say so in a row instead.
        if (xlsx && report.Rows.Count == 0) report = report with { Rows = [[run.File, null, "无错误"]] };
        return await TableFiles.FileAsync(report, $"导入错误报告-{run.Id}", xlsx, ct);
    }

    /// <summary>An empty roster with the expected header row, for offices preparing a file.</summary>
    [Authorize(Policy = LedgerPolicies.AnyRole)]
    [WolverineGet("/api/imports/template.csv", OperationId = "getRosterTemplate",
        Summary = "花名册模板",
        Description = "空白花名册（CSV），只含应有的表头行，供各地准备文件。")]
    public static IResult Template() => Results.File(
        TableFiles.Csv(new ExportTable("低保花名册模板", [.. Domain.Import.RosterColumns.Chinese.Values], [])), TableFiles.CsvType, "低保花名册模板.csv");

    private static IResult ImportNotFound(Guid id) => Problems.NotFound("导入记录不存在", $"找不到编号为 {id} 的导入记录，请核对导入编号。");
}
