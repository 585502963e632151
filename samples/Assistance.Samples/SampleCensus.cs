using Assistance.Domain.Cases;
using Assistance.Domain.Entitlements;

namespace Assistance.Samples;

/// <summary>One county's persons in the baseline month and a later month, and the growth between.</summary>
public sealed record CountyGrowth(string CountyCode, int BaselinePersons, int Persons)
{
    public int NetGrowth => Persons - BaselinePersons;
    public decimal GrowthRate => BaselinePersons == 0 ? 0 : Math.Round((decimal)NetGrowth / BaselinePersons, 4);
}

/// <summary>The article's categories for 2025 (recorded by the end of November), counted from the events the sample wrote (not from its plan).</summary>
public sealed record YearCounts(int OnlineDibaoPersons, int IllnessPersons, int TekunPersons, int MarginalPersons, int TemporaryPersons, int RigidExpenditurePersons);

/// <summary>
/// Counts what the sample's cases say, the way the statistics define it: a case counts in a month with the persons of
/// the entitlement segment covering that month, by effective month, never by the day it was recorded.
/// </summary>
public static class SampleCensus
{
    public static IReadOnlyList<CountyGrowth> Growth(IEnumerable<HouseholdCase> cases, YearMonth baseline, YearMonth month, Program program = Program.Dibao)
    {
        var counts = new Dictionary<string, (int Baseline, int Persons)>();
        foreach (var c in cases)
        {
            var (b, p) = counts.GetValueOrDefault(c.CountyCode);
            counts[c.CountyCode] = (b + PersonsIn(c, baseline, program), p + PersonsIn(c, month, program));
        }
        return [.. counts.OrderBy(x => x.Key).Select(x => new CountyGrowth(x.Key, x.Value.Baseline, x.Value.Persons))];
    }

    public static int PersonsIn(HouseholdCase c, YearMonth month, Program program) =>
        EntitlementTimeline.At(c.Segments, month) is { } s && s.Program == program ? s.Persons : 0;

    public static YearCounts Year2025(IEnumerable<SampleCase> cases)
    {
        int online = 0, illness = 0, tekun = 0, marginal = 0, temporary = 0, rigid = 0;
        foreach (var sample in cases)
        {
            var state = CaseFold.Fold(sample.Events.Select(e => e.Data));
            foreach (var e in sample.Events.Where(e => e.RecordedAt.Year == 2025 && e.RecordedAt.Month <= ArticleFigures.ClosingMonth.Month))
            {
                switch (e.Data)
                {
                    case EnrolmentApproved { Program: Program.Dibao } x when state.Channel == Channel.Online:
                        online += x.EnrolledIdNumbers.Count;
                        if (x.Reason == SampleReasons.Illness) illness += x.EnrolledIdNumbers.Count;
                        break;
                    case EnrolmentApproved { Program: Program.Tekun } x: tekun += x.EnrolledIdNumbers.Count; break;
                    case EnrolmentApproved { Program: Program.Marginal } x: marginal += x.EnrolledIdNumbers.Count; break;
                    case TemporaryAssistanceGranted { Reason: SampleReasons.RigidExpenditure }: rigid += state.Members.Count; break;
                    case TemporaryAssistanceGranted: temporary += state.Members.Count; break;
                }
            }
        }
        return new YearCounts(online, illness, tekun, marginal, temporary, rigid);
    }
}
