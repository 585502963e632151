namespace Assistance.Domain.Cases;

/// <summary>
/// 刚性支出 of the household in the twelve months before the application, in yuan, by the kinds of N9 Art.5: 生活支出
/// (basic living), 医疗支出 (out of pocket after every insurance and medical assistance), 教育支出 (fees at public-school rates,
/// kindergarten to bachelor level), 残疾康复支出 (net of subsidies) and 其他 (what the county accepts).
/// </summary>
public sealed record RigidSpending(decimal Living = 0, decimal Medical = 0, decimal Education = 0, decimal Rehabilitation = 0, decimal Other = 0)
{
    public decimal Total => Living + Medical + Education + Rehabilitation + Other;
}
