using Assistance.Domain.Cases;
using Assistance.Domain.Import;

namespace Assistance.Samples;

/// <summary>One event of a sample case with the time it would have been recorded and by whom.</summary>
public sealed record SampleEvent(object Data, DateTimeOffset RecordedAt, string Actor);

/// <summary>A generated case stream, in order.</summary>
public sealed record SampleCase(Guid Id, string CountyCode, HouseholdPath Path, IReadOnlyList<SampleEvent> Events);

/// <summary>The reasons the sample writes on decisions, by which the census recognises the article's categories.</summary>
public static class SampleReasons
{
    public const string Illness = "因病致贫认定：重特大疾病患者单人保";
    public const string RigidExpenditure = "刚性支出困难家庭救助";
    public const string Marginal = "家庭人均收入低于低保边缘标准，认定为低保边缘家庭";
    /// <summary>Who received an application made at a screening visit (摸排走访).</summary>
    public const string Screening = "摸排走访";
}

/// <summary>Folds case events with the aggregate's own Create/Apply methods (<see cref="CaseEventFold"/>), as the inline snapshot does, counting versions.</summary>
public static class CaseFold
{
    public static HouseholdCase Evolve(HouseholdCase? state, object e)
    {
        if (state is null && !CaseEventFold.Openers.Contains(e.GetType())) throw new InvalidOperationException($"{e.GetType().Name} cannot open a case stream");
        if (!CaseEventFold.Folded.Contains(e.GetType())) throw new InvalidOperationException($"unknown case event {e.GetType().Name}");
        var c = CaseEventFold.Apply(state, e)!;
        c.Version = state is null ? 1 : c.Version + 1;
        return c;
    }

    public static HouseholdCase Fold(IEnumerable<object> events)
    {
        HouseholdCase? state = null;
        foreach (var e in events) state = Evolve(state, e);
        return state ?? throw new InvalidOperationException("empty stream");
    }
}
