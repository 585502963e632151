using Assistance.Domain.Cases;
using Assistance.Domain.Amounts;
using Assistance.Domain.Eligibility;

namespace Assistance.Domain.Worklists;

public static class MemberNeeds
{
    /// <summary>重残 or 重病: the members who may be enrolled alone (单人保).</summary>
    public static bool IsSevere(Member m) => m.MayEnrolAlone();

    public static string Describe(Member m) => m.SeriousIllness
        ? (m.IsSeverelyDisabled() ? "重度残疾且患重病" : "患重特大疾病")
        : "重度残疾";
}
