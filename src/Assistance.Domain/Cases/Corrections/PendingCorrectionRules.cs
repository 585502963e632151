using Assistance.Domain.Labels;

namespace Assistance.Domain.Cases;

/// <summary>
/// A correction above the county's line waits for a second approver (联审联批). Its over- or underpayment was worked out from
/// the case as it stood at the first signature; the second approver signs that figure, so it may be signed only while the
/// case is still as it was.
/// </summary>
public static class PendingCorrectionRules
{
    /// <param name="recordedSince">The data of the events recorded on the case after the first signature, in order.</param>
    public static Refusal? MaySign(CorrectionFirstSigned first, IEnumerable<object> recordedSince)
    {
        var change = recordedSince.FirstOrDefault(ChangesTheCase);
        return change is null
            ? null
            : new("更正初签后案件已变更，不能复签",
                $"该更正由 {first.Correction.CorrectedBy} 初签后，案件又记录了「{CaseEventLabels.Of(change.GetType())}」，初签时计算的金额可能已不准确。"
                + "请重新提出更正，新的初签取代此项待复签更正。");
    }

    /// <summary>Whether <paramref name="e"/> changes what a correction's difference was worked out from: anything but facts beside the case and other pending first signatures.</summary>
    private static bool ChangesTheCase(object e) => e is not CorrectionFirstSigned && !CaseEventFold.FactsBesideTheCase.Contains(e.GetType());
}
