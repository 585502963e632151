using Assistance.Domain.PaymentRolls;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of payment-roll line kinds, as the bank file prints them.</summary>
public static class RollLineKindLabels
{
    public static string Of(RollLineKind kind) => kind switch
    {
        RollLineKind.Regular => "正常发放",
        RollLineKind.BackPay => "补发",
        RollLineKind.Recovery => "追回",
        _ => kind.ToString(),
    };
}
