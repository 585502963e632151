using NodaTime;
using System.Reflection;
using Assistance.Domain.Cases;
using Assistance.Domain.Worklists;
using Assistance.Host.Core;
using JasperFx.Events;

namespace Assistance.Host.Worklists;

/// <summary>
/// Folds a case stream the way the case aggregate does (through its public Apply methods, so a case event added
/// later is followed without change here), together with the <see cref="CaseFacts"/> the worklists need.
/// </summary>
public static class CaseFold
{
    private static readonly Dictionary<Type, MethodInfo> Appliers = typeof(HouseholdCase)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.Name == nameof(HouseholdCase.Apply) && m.GetParameters().Length == 1)
        .ToDictionary(m => m.GetParameters()[0].ParameterType);

    public static void Apply(HouseholdCase state, object e)
    {
        if (Appliers.TryGetValue(e.GetType(), out var apply)) apply.Invoke(state, [e]);
    }

    public static LocalDate RecordedOn(IEvent e) => Instant.FromDateTimeOffset(e.Timestamp).InZone(OfficeTime.Zone).Date;

    public static CaseFacts Facts(IEnumerable<IEvent> events)
    {
        var facts = new CaseFacts();
        foreach (var e in events) facts.Record(e.Data, RecordedOn(e));
        return facts;
    }
}
