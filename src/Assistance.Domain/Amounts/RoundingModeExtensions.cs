namespace Assistance.Domain.Amounts;

public static class RoundingModeExtensions
{
    public static decimal Apply(this RoundingMode mode, decimal amount) => mode switch
    {
        RoundingMode.CeilingYuan => Math.Ceiling(amount),
        RoundingMode.RoundYuan => Math.Round(amount, 0, MidpointRounding.AwayFromZero),
        RoundingMode.Cents => Math.Round(amount, 2, MidpointRounding.AwayFromZero),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Describe(this RoundingMode mode) => mode switch
    {
        RoundingMode.CeilingYuan => "进一取整至元",
        RoundingMode.RoundYuan => "四舍五入至元",
        RoundingMode.Cents => "保留至分",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
