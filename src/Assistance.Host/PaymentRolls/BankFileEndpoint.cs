using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine.Http;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// 代发文件: the roll in the layout a bank's batch-payment upload expects — one row per payee with name, masked ID number,
/// an account column for the office to fill from its bank-card register, and the amount — as .xlsx or CSV (UTF-8 with BOM).
/// </summary>
public static class BankFileEndpoint
{
    [WolverineGet("/api/payment-rolls/{countyCode}/{month}.csv", OperationId = "getPaymentRollBankFileCsv")]
    public static Task<IResult> Csv(string countyCode, string month, IQuerySession session, CountyRegistry counties, CancellationToken ct) =>
        FileAsync(countyCode, month, xlsx: false, session, counties, ct);

    [WolverineGet("/api/payment-rolls/{countyCode}/{month}.xlsx", OperationId = "getPaymentRollBankFileXlsx")]
    public static Task<IResult> Xlsx(string countyCode, string month, IQuerySession session, CountyRegistry counties, CancellationToken ct) =>
        FileAsync(countyCode, month, xlsx: true, session, counties, ct);

    private static async Task<IResult> FileAsync(string countyCode, string month, bool xlsx, IQuerySession session, CountyRegistry counties, CancellationToken ct)
    {
        var roll = await PaymentRollEndpoints.Get(countyCode, month, session, counties, ct);
        if (roll is not Ok<PaymentRollView> { Value: { } view }) return roll;
        return await TableFiles.FileAsync(Table(view), $"发放名册_{view.CountyName}_{view.Month}", xlsx, ct);
    }

    public static ExportTable Table(PaymentRollView view)
    {
        var rows = view.Lines.Select((line, i) => (IReadOnlyList<object?>)
            [i + 1, line.HeadName, line.HeadOfHousehold, "（待填）", line.Amount, KindName(line.Kind), line.ForMonth, line.CaseId.ToString()]).ToList();
        rows.Add([null, "合计", null, null, view.TotalAmount, view.Issued ? "已发放" : "草稿", view.Month, null]);
        return new ExportTable($"{view.Month}发放名册", ["序号", "姓名", "身份证号", "银行账号", "金额（元）", "发放类型", "所属月份", "案件编号"], rows);
    }

    public static string KindName(RollLineKind kind) => kind switch
    {
        RollLineKind.Regular => "正常发放",
        RollLineKind.BackPay => "补发",
        RollLineKind.Recovery => "追回",
        _ => kind.ToString(),
    };
}
