using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;

namespace Assistance.Domain.Eligibility;

/// <summary>
/// What the rules ask about one member on a given day. Ages come from the birth date in the ID number (or its correction); for a month the
/// rules use the age on its first day, so a status that holds when the month begins holds for the whole month.
/// </summary>
public static class MemberCircumstances
{
    public const int ElderlyAge = 60;
    public const int WorkingAgeFrom = 16;
    public const int AdultAge = 18;

    public static int AgeOn(this Member member, LocalDate on) => Period.Between(member.BornOn(), on, PeriodUnits.Years).Years;

    /// <summary>The birth date the rules use: a corrected one (更正) over the one the ID number carries.</summary>
    public static LocalDate BornOn(this Member member) => member.BirthDate ?? IdNumber.Parse(member.IdNumber).BirthDate;

    public static int AgeIn(this Member member, YearMonth month) => member.AgeOn(month.OnDayOfMonth(1));

    /// <summary>
    /// 重度残疾: grade 1–2, or grade 3 with no work capacity. Member does not record the kind of disability, so grade 3
    /// without work capacity stands in for the grade-3 intellectual or mental disability of N2 Art.8.
    /// </summary>
    public static bool IsSeverelyDisabled(this Member member) =>
        member.Disability is Disability.Grade1 or Disability.Grade2 ||
        (member.Disability == Disability.Grade3 && member.LaborCapacity == LaborCapacity.None);

    /// <summary>
    /// 无劳动能力 for 特困 (N3 Art.6): aged 60 or over, under 16, or recorded as without capacity (the caseworker records
    /// LaborCapacity.None for the disabilities N3 lists).
    /// </summary>
    public static bool LacksWorkCapacity(this Member member, LocalDate on)
    {
        var age = member.AgeOn(on);
        return member.LaborCapacity == LaborCapacity.None || age >= ElderlyAge || age < WorkingAgeFrom;
    }

    /// <summary>Why the member has no work capacity, in zh-CN, for 特困 reasons.</summary>
    internal static string NoWorkCapacityGroundZh(this Member member, LocalDate on)
    {
        var age = member.AgeOn(on);
        if (age >= ElderlyAge) return $"年满{ElderlyAge}周岁";
        if (age < WorkingAgeFrom) return $"未满{WorkingAgeFrom}周岁";
        return "经认定无劳动能力";
    }

    /// <summary>
    /// 有劳动能力的劳动年龄人口: aged 16–59, able to work, neither severely disabled nor seriously ill. Such a member is both
    /// the able legal supporter that rules out 特困 and the reason a 低保 household is reviewed every six months.
    /// </summary>
    public static bool IsAbleBodiedOfWorkingAge(this Member member, LocalDate on) =>
        !member.LacksWorkCapacity(on) && !member.IsSeverelyDisabled() && !member.SeriousIllness;

    /// <summary>
    /// 有履行义务能力 (N3 Art.8): an adult under 60 who is neither severely disabled nor recorded without work capacity. Illness
    /// is not among the grounds N3 Art.8 lists, so a seriously ill parent still counts as able to support a child.
    /// </summary>
    public static bool CanSupport(this Member member, LocalDate on)
    {
        var age = member.AgeOn(on);
        return age is >= AdultAge and < ElderlyAge && !member.IsSeverelyDisabled() && member.LaborCapacity != LaborCapacity.None;
    }

    /// <summary>单独申请 (单人保) grounds of the member themself: 重度残疾 or 重特大疾病 (N2 Art.8, N5 §1(4)).</summary>
    public static bool MayEnrolAlone(this Member member) => member.IsSeverelyDisabled() || member.SeriousIllness;

    /// <summary>Why the member qualifies for 分类施保 in <paramref name="month"/>, in zh-CN; empty when they do not.</summary>
    public static IReadOnlyList<string> ClassifiedAddOnGrounds(this Member member, YearMonth month)
    {
        var grounds = new List<string>();
        var age = member.AgeIn(month);
        if (age >= ElderlyAge) grounds.Add($"年满{ElderlyAge}周岁");
        if (age < AdultAge) grounds.Add($"未满{AdultAge}周岁");
        if (member.SeriousIllness) grounds.Add("患重特大疾病");
        if (member.IsSeverelyDisabled()) grounds.Add(member.DisabilityZh());
        return grounds;
    }

    /// <summary>The member's 单人保 grounds in zh-CN, for reasons.</summary>
    internal static string SinglePersonGroundsZh(this Member member) =>
        string.Join("、", new[] { member.IsSeverelyDisabled() ? member.DisabilityZh() : null, member.SeriousIllness ? "患重特大疾病" : null }
            .OfType<string>());

    private static string DisabilityZh(this Member member) => member.Disability switch
    {
        Disability.Grade1 => "一级残疾",
        Disability.Grade2 => "二级残疾",
        Disability.Grade3 => "三级残疾且无劳动能力（按智力、精神残疾认定）",
        _ => "残疾",
    };
}
