using System.Security.Claims;
using Assistance.Domain.Labels;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.Access;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// 代发文件: the roll in the layout a bank's batch-payment upload expects — one row per payee with name, full ID number
/// (the bank matches accounts by it; only approvers may download it, and each download is recorded as a full-ID view),
/// an account column for the office to fill from its bank-card register, and the amount — as .xlsx or CSV (UTF-8 with BOM).
/// </summary>
public static class BankFileEndpoint
{
    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverineGet("/api/payment-rolls/{countyCode}/{month}.csv", OperationId = "getPaymentRollBankFileCsv",
        Summary = "下载银行代发文件（CSV）",
        Description = "已签发名册的银行代发文件，含完整身份证号与账号，仅限审批人；每次下载均被记录（谁、何时、哪份文件）。已签发的名册按冻结内容，未签发的按当前草稿。")]
    public static Task<IResult> Csv(string countyCode, string month, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user,
        IDocumentStore store, IClock clock, CancellationToken ct) =>
        FileAsync(countyCode, month, xlsx: false, session, counties, user, store, clock, ct);

    [Authorize(Policy = LedgerPolicies.Approve)]
    [WolverineGet("/api/payment-rolls/{countyCode}/{month}.xlsx", OperationId = "getPaymentRollBankFileXlsx",
        Summary = "下载银行代发文件（Excel）",
        Description = "与 CSV 版相同内容的 .xlsx 文件，仅限审批人，每次下载均被记录。")]
    public static Task<IResult> Xlsx(string countyCode, string month, IQuerySession session, CountyRegistry counties, ClaimsPrincipal user,
        IDocumentStore store, IClock clock, CancellationToken ct) =>
        FileAsync(countyCode, month, xlsx: true, session, counties, user, store, clock, ct);

    private static async Task<IResult> FileAsync(string countyCode, string month, bool xlsx, IQuerySession session, CountyRegistry counties,
        ClaimsPrincipal user, IDocumentStore store, IClock clock, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        var yearMonth = PaymentRollEndpoints.Read(fields, countyCode, month);
        if (fields.HasErrors) return Problems.Invalid(fields.Errors);
        if (user.Ledger().RefuseUnlessWholeCounty(countyCode) is { } refused) return refused;
        // The lines are read once, so the file's total row is the sum of its lines even while cases change.
        var (view, lines) = await PaymentRolls.WholeAsync(session, countyCode, counties.NameOf(countyCode), yearMonth, ct);
        var fileName = $"发放名册_{view.CountyName}_{view.Month}";
        await IdViews.RecordAsync(store, clock, user.Ledger(), countyCode, null, fileName + (xlsx ? ".xlsx" : ".csv"), ct);
        return await TableFiles.FileAsync(Table(view, lines), fileName, xlsx, ct);
    }

    public static ExportTable Table(PaymentRollView view, IReadOnlyList<RollLine> lines)
    {
        var rows = lines.Select((line, i) => (IReadOnlyList<object?>)
            [i + 1, line.HeadName, line.HeadIdNumber, "（待填）", line.Amount, RollLineKindLabels.Of(line.Kind), line.ForMonth.ToString("yyyy-MM", null), line.CaseId.ToString()]).ToList();
        rows.Add([null, "合计", null, null, view.TotalAmount, view.Issued ? "已发放" : "草稿", view.Month, null]);
        return new ExportTable($"{view.Month}发放名册", ["序号", "姓名", "身份证号", "银行账号", "金额（元）", "发放类型", "所属月份", "案件编号"], rows, FullIdNumbers: true);
    }
}
