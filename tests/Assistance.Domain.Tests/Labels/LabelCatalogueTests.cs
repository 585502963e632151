using Assistance.Domain.Cases;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Labels;
using Assistance.Domain.Outreach;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Values;
using Assistance.Domain.Worklists;

namespace Assistance.Domain.Tests.Labels;

/// <summary>
/// Every value of every enum a caseworker reads has its zh-CN term in <c>Labels/</c>: a value added without one would be
/// printed under its English name (the label classes fall back to it), which this test refuses.
/// </summary>
public class LabelCatalogueTests
{
    public static TheoryData<string, Type> Concerns => new()
    {
        { "programs", typeof(Program) },
        { "caseStatuses", typeof(CaseStatus) },
        { "exitReasons", typeof(ExitReason) },
        { "residences", typeof(Residence) },
        { "incomeKinds", typeof(IncomeKind) },
        { "selfCareLevels", typeof(SelfCareLevel) },
        { "worklists", typeof(Worklist) },
        { "appealKinds", typeof(AppealKind) },
        { "rosterCategories", typeof(RosterCategory) },
        { "visitOutcomes", typeof(VisitOutcome) },
        { "rollLineKinds", typeof(RollLineKind) },
    };

    [Theory]
    [MemberData(nameof(Concerns))]
    public void Every_value_has_a_zh_CN_label(string concern, Type values)
    {
        var labels = LabelCatalogue.All[concern];
        labels.Keys.ShouldBe(Enum.GetNames(values), ignoreOrder: true);
        foreach (var (name, label) in labels)
        {
            label.ShouldNotBe(name, $"{values.Name}.{name} has no zh-CN label");
            label.ShouldContain(c => c >= '\u4e00' && c <= '\u9fff', $"{values.Name}.{name} → {label}");
        }
    }

    [Fact]
    public void The_catalogue_holds_no_concern_the_test_does_not_check() =>
        LabelCatalogue.All.Keys.Except(Concerns.Select(row => (string)row[0])).ShouldBe(["caseEvents"]);

    [Fact]
    public void Every_case_event_is_in_the_catalogue() =>
        LabelCatalogue.All["caseEvents"].Keys.ShouldBe(typeof(ICaseEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICaseEvent).IsAssignableFrom(t)).Select(t => t.Name), ignoreOrder: true);

    [Fact]
    public void A_term_is_spelt_the_same_wherever_it_is_printed()
    {
        CaseEventLabels.Of(typeof(ApplicationRejected)).ShouldBe(CaseStatusLabels.Of(CaseStatus.Rejected));
    }
}
