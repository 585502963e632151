using System.Globalization;
using System.Text;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Marten;
using Wolverine.Http;

namespace Assistance.Host.PaymentRolls;

/// <summary>
/// 代发文件: the roll in the layout a bank's batch-payment upload expects — one row per payee with name, masked ID number,
/// an account column for the office to fill from its bank-card register, and the amount. CSV in UTF-8 with BOM so Excel reads it.
/// </summary>
public static class BankFileEndpoint
{
    [WolverineGet("/api/payment-rolls/{countyCode}/{month}.csv", OperationId = "getPaymentRollBankFile")]
    public static async Task<IResult> Get(string countyCode, string month, IQuerySession session, CountyRegistry counties, CancellationToken ct)
    {
        var roll = await PaymentRollEndpoints.Get(countyCode, month, session, counties, ct);
        if (roll is not Microsoft.AspNetCore.Http.HttpResults.Ok<PaymentRollView> { Value: { } view }) return roll;

        var csv = new StringBuilder();
        csv.AppendLine("序号,姓名,身份证号,银行账号,金额（元）,发放类型,所属月份,案件编号");
        var row = 0;
        foreach (var line in view.Lines)
            csv.AppendLine(string.Join(',', ++row, line.HeadName, line.HeadOfHousehold, "（待填）",
                line.Amount.ToString("0.00", CultureInfo.InvariantCulture), KindName(line.Kind), line.ForMonth, line.CaseId));
        csv.AppendLine($",合计,,,{view.TotalAmount.ToString("0.00", CultureInfo.InvariantCulture)},{(view.Issued ? "已发放" : "草稿")},{view.Month},");

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"发放名册_{view.CountyName}_{view.Month}.csv");
    }

    public static string KindName(RollLineKind kind) => kind switch
    {
        RollLineKind.Regular => "正常发放",
        RollLineKind.BackPay => "补发",
        RollLineKind.Recovery => "追回",
        _ => kind.ToString(),
    };
}
