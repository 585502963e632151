using Assistance.Domain.Cases;

namespace Assistance.Samples;

/// <summary>
/// Runs a household through the ledger's pure decisions, exactly the rules the HTTP endpoints apply, and keeps the
/// events they answer (recorded at 10:00 China Standard Time on the day of the step). A refusal is a bug in the sample.
/// </summary>
internal sealed class CaseBuilder(Guid id)
{
    private readonly List<SampleEvent> _events = [];

    public Guid Id => id;
    private HouseholdCase? _state;

    public HouseholdCase State => _state ?? throw new InvalidOperationException("the case has not started");

    /// <summary>The day of the latest step; a later step may not come before it.</summary>
    public LocalDate LastDay { get; private set; }

    public void Start(Decision decision, LocalDate on, string actor) => Record(decision, on, actor);

    public void Start(object opening, LocalDate on, string actor) => Record(Decision.Accept(opening), on, actor);

    public void Then(Func<HouseholdCase, Decision> decide, LocalDate on, string actor) => Record(decide(State), on, actor);

    public SampleCase Build(string countyCode, HouseholdPath path) => new(id, countyCode, path, _events);

    private void Record(Decision decision, LocalDate on, string actor)
    {
        if (decision.Refusal is { } refusal) throw new InvalidOperationException($"样例数据被拒绝（{id}）：{refusal.Title}：{refusal.Detail}");
        var recordedAt = new DateTimeOffset(on.Year, on.Month, on.Day, 2, 0, 0, TimeSpan.Zero);
        if (on > LastDay) LastDay = on;
        foreach (var e in decision.Events)
        {
            _state = CaseFold.Evolve(_state, e);
            _events.Add(new SampleEvent(e, recordedAt, actor));
        }
    }
}
