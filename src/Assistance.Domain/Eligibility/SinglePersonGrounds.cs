using Assistance.Domain.Cases;
using Assistance.Domain.Policy;
using Assistance.Domain.Values;

namespace Assistance.Domain.Eligibility;

/// <summary>Who may apply alone under a county's parameters: the national grounds and the county's extra ones.</summary>
public static class SinglePersonGrounds
{
    public static bool MayEnrolAlone(this Member member, PolicyParameters policy) =>
        member.MayEnrolAlone() || policy.ExtraSinglePersonGrounds.Any(g => g.Covers(member));

    /// <summary>The member's grounds in zh-CN, the county's extra ones included.</summary>
    public static string GroundsZh(this Member member, PolicyParameters policy) =>
        member.MayEnrolAlone()
            ? member.SinglePersonGroundsZh()
            : string.Join("、", policy.ExtraSinglePersonGrounds.Where(g => g.Covers(member)).Select(g => g.Zh()));

    private static bool Covers(this SinglePersonGround ground, Member member) => ground switch
    {
        SinglePersonGround.Grade3Disability => member.Disability == Disability.Grade3,
        SinglePersonGround.Grade4DisabilityWithoutWorkCapacity => member.Disability == Disability.Grade4 && member.LaborCapacity == LaborCapacity.None,
        _ => false,
    };

    private static string Zh(this SinglePersonGround ground) => ground switch
    {
        SinglePersonGround.Grade3Disability => "三级残疾（县级扩大单独申请范围）",
        _ => "四级残疾且无劳动能力（县级扩大单独申请范围）",
    };
}
