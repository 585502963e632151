using NodaTime;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using JasperFx.Events;

namespace Assistance.Host.Worklists;

/// <summary>
/// The worklist facts of a case stream (<see cref="CaseFacts"/>) and the office day each event was recorded on;
/// the case itself is folded by <see cref="CaseEventFold"/>.
/// </summary>
public static class CaseStreamFacts
{
    public static Instant RecordedAt(IEvent e) => Instant.FromDateTimeOffset(e.Timestamp);

    public static LocalDate RecordedOn(IEvent e) => OfficeTime.DayOf(RecordedAt(e));

    public static CaseFacts Of(IEnumerable<IEvent> events)
    {
        var facts = new CaseFacts();
        foreach (var e in events) facts.Record(e.Data, RecordedOn(e));
        return facts;
    }
}
