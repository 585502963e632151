using Assistance.Domain.Cases;
using Assistance.Domain.Eligibility;
using Assistance.Domain.Outreach;
using Assistance.Domain.PaymentRolls;
using Assistance.Domain.Worklists;

namespace Assistance.Domain.Labels;

/// <summary>
/// Every zh-CN term of this folder by concern and by the identifier's name, as <c>GET /api/labels</c> serves it, so the pages
/// print what the exports and problem details print.
/// </summary>
public static class LabelCatalogue
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["programs"] = Each<Program>(ProgramLabels.Of),
            ["caseStatuses"] = Each<CaseStatus>(CaseStatusLabels.Of),
            ["exitReasons"] = Each<ExitReason>(ExitReasonLabels.Of),
            ["residences"] = Each<Residence>(ResidenceLabels.Of),
            ["incomeKinds"] = Each<IncomeKind>(IncomeKindLabels.Of),
            ["selfCareLevels"] = Each<SelfCareLevel>(SelfCareLevelLabels.Of),
            ["worklists"] = Each<Worklist>(WorklistLabels.Of),
            ["appealKinds"] = Each<AppealKind>(AppealKindLabels.Of),
            ["rosterCategories"] = Each<RosterCategory>(RosterCategoryLabels.Of),
            ["visitOutcomes"] = Each<VisitOutcome>(VisitOutcomeLabels.Of),
            ["rollLineKinds"] = Each<RollLineKind>(RollLineKindLabels.Of),
            ["caseEvents"] = CaseEventLabels.ByTypeName,
        };

    private static IReadOnlyDictionary<string, string> Each<T>(Func<T, string> label) where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v.ToString(), label);
}
