using Microsoft.AspNetCore.Authorization;
using Assistance.Host.Access;
using System.Security.Claims;
using Assistance.Host.Worklists.Calendar;
using System.Text;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>数据比对: other departments' results, matched to case members; each match raises a warning to verify in time.</summary>
public static class DataComparisonEndpoints
{
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePost("/api/data-comparisons", OperationId = "submitDataComparisons",
        Summary = "提交数据比对结果",
        Description = "系统管理员提交其他部门（公安、人社、不动产、车辆等）的比对结果；每条与案件成员匹配后生成一条待核实预警，错误按条目序号列出。")]
    public static async Task<IResult> Post(
        List<ComparisonRecordRequest> records, IDocumentSession session, CountyRegistry counties, IClock clock, OfficeCalendar calendar, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var read = records.Select((r, i) => r.Read(fields, $"[{i}]")).ToList();
        if (records.Count == 0) fields.Add("records", "至少提交一条比对结果");
        if (records.Count > ComparisonRecordRequest.MaxRecords) fields.Add("records", $"一次最多提交 {ComparisonRecordRequest.MaxRecords} 条");
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return IdNumberMasking.Answer(await ComparisonMatcher.MatchAsync(session, read, clock.Today(), await calendar.CurrentAsync(session, ct), ct), reveal: false);
    }

    /// <summary>At most <see cref="ComparisonRecordRequest.MaxRecords"/> records of a few hundred characters each.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The same as a multipart upload of a UTF-8 CSV file (field <c>file</c>); errors are keyed by line number.</summary>
    [Authorize(Policy = LedgerPolicies.Administer)]
    [WolverinePost("/api/data-comparisons/file", OperationId = "uploadDataComparisonFile",
        Summary = "上传数据比对文件",
        Description = "与“提交数据比对结果”相同，以 multipart 上传 UTF-8 CSV 文件（字段名 file），错误按行号列出。")]
    public static async Task<IResult> PostFile(
        HttpRequest request, IDocumentSession session, CountyRegistry counties, IClock clock, OfficeCalendar calendar, CancellationToken ct)
    {
        var (file, refusal) = await UploadedFile.ReadAsync(request, MaxFileBytes, ct);
        if (refusal is not null) return refusal;
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file!.Content); }
        catch (DecoderFallbackException)
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["file"] = ["文件不是 UTF-8 编码，请另存为 UTF-8 CSV 后重新上传"] });
        }
        var (lines, headerErrors) = ComparisonCsv.Read(text, ct);
        if (headerErrors.Count > 0) return Problems.Invalid(headerErrors);

        var fields = new FieldReader(counties);
        var read = lines.Select(l => l.Record.Read(fields, $"line{l.Line}")).ToList();
        if (read.Count == 0) fields.Add("file", "文件中没有比对记录");
        if (read.Count > ComparisonRecordRequest.MaxRecords) fields.Add("file", $"一次最多 {ComparisonRecordRequest.MaxRecords} 条");
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        return IdNumberMasking.Answer(await ComparisonMatcher.MatchAsync(session, read, clock.Today(), await calendar.CurrentAsync(session, ct), ct), reveal: false);
    }
}
