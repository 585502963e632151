using System.Reflection;
using Assistance.Domain.Cases;
using Assistance.Domain.Labels;

namespace Assistance.Domain.Tests.Cases;

/// <summary>
/// Adding a case event is a checked path: every <see cref="ICaseEvent"/> needs its arm in <see cref="CaseEventFold"/> (so
/// statistics, worklists and the case page fold it), its zh-CN label (history and audit pages), and, when the fold changes the
/// case with it, an Apply (or Create) on <see cref="HouseholdCase"/>.
/// </summary>
public class CaseEventCatalogueTests
{
    public static TheoryData<string> CaseEvents => new(typeof(ICaseEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseEvent).IsAssignableFrom(t)).Select(t => t.Name));

    private static Type Named(string name) => typeof(ICaseEvent).Assembly.GetTypes().Single(t => t.Name == name && typeof(ICaseEvent).IsAssignableFrom(t));

    [Theory]
    [MemberData(nameof(CaseEvents))]
    public void Every_case_event_has_its_fold_arm(string name) => CaseEventFold.Folded.ShouldContain(Named(name));

    [Theory]
    [MemberData(nameof(CaseEvents))]
    public void Every_case_event_has_a_zh_CN_label(string name) => CaseEventLabels.Of(Named(name)).ShouldNotBe(name);

    [Theory]
    [MemberData(nameof(CaseEvents))]
    public void Every_case_event_that_changes_the_case_has_its_Apply_on_the_aggregate(string name)
    {
        var type = Named(name);
        if (CaseEventFold.FactsBesideTheCase.Contains(type)) return;
        var method = CaseEventFold.Openers.Contains(type) ? "Create" : "Apply";
        typeof(HouseholdCase).GetMethod(method, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static, [type])
            .ShouldNotBeNull($"HouseholdCase.{method}({name})");
    }

    [Fact]
    public void The_fold_knows_no_type_that_is_not_a_case_event() =>
        CaseEventFold.Folded.ShouldAllBe(t => typeof(ICaseEvent).IsAssignableFrom(t));
}
