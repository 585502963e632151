using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

public static class MemberNeeds
{
    /// <summary>重残 (disability grade 1–2) or 重病: the members who may be enrolled alone (单人保).</summary>
    public static bool IsSevere(Member m) => m.Disability is Disability.Grade1 or Disability.Grade2 || m.SeriousIllness;

    public static string Describe(Member m) => m.SeriousIllness
        ? (m.Disability is Disability.Grade1 or Disability.Grade2 ? "重度残疾且患重病" : "患重特大疾病")
        : "重度残疾";
}
