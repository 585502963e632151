using Assistance.Domain.Cases;
using Assistance.Domain.Values;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Domain.Tests.Cases;

/// <summary>Given–when–then over the pure case decisions: fold the given events, decide, check the events or the refusal.</summary>
public static class CaseScenario
{
    public static readonly Guid CaseId = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    public static readonly LocalDate AppliedOn = new(2025, 3, 10);
    public static readonly string ApplicantId = Id("140429", "19800101", "001");
    public static readonly string SpouseId = Id("140429", "19820305", "002");

    /// <summary>The county's rules: the shipped defaults (rural 低保标准 585).</summary>
    public static readonly CountyPolicy Rules = CountyPolicy.Unset("140429");

    public static readonly LocalDate Today = new(2026, 1, 5);

    /// <summary>A valid ID number for the area, birth date (yyyyMMdd) and sequence, with its check character.</summary>
    public static string Id(string area, string birth, string sequence)
    {
        var first17 = area + birth + sequence;
        return first17 + IdNumber.CheckCharacterFor(first17);
    }

    public static ApplicationReceived Applied(string? singlePerson = null) => new(
        CaseId, "140429", "丰州镇", "东关村", Residence.Rural, Program.Dibao, Channel.Online, AppliedOn,
        [new Member("王大山", ApplicantId, Relation.Self), new Member("李秀英", SpouseId, Relation.Spouse, Disability.Grade1)],
        singlePerson, "窗口甲");

    public static DualCommitmentSigned Committed() => new(true, true, AppliedOn.PlusDays(1), "窗口甲", "SIG-1");

    public static EconomicStatusAssessed Assessed() => new(AppliedOn.PlusDays(5), 400m, new Assets(Deposits: 2000), 0m, "调查员乙", null);

    public static EnrolmentApproved Enrolled() => new(Program.Dibao, new YearMonth(2025, 4), 770m, [ApplicantId, SpouseId], "科长丙", null);

    public static HouseholdCase Given(params object[] events) => events.Aggregate((HouseholdCase?)null, CaseEventFold.Apply)!;

    public static T ShouldAccept<T>(this Decision decision)
    {
        decision.Refusal.ShouldBeNull();
        decision.Events.Count.ShouldBe(1);
        return decision.Events[0].ShouldBeOfType<T>();
    }

    public static Refusal ShouldRefuse(this Decision decision, string titleContains)
    {
        decision.Events.ShouldBeEmpty();
        decision.Refusal.ShouldNotBeNull();
        decision.Refusal.Title.ShouldContain(titleContains);
        return decision.Refusal;
    }
}
