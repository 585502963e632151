using Assistance.Domain.Entitlements;
using Assistance.Domain.Amounts;

namespace Assistance.Domain.Cases;

public static class RecalculateEntitlementDecision
{
    /// <summary>
    /// An enrolled 低保 case's amount recomputed from the month the parameters take effect (or from its own first month, if later)
    /// with the household as last assessed or reviewed; nothing when the amount stays. 渐退 cases keep their previous amount,
    /// which is what 渐退 pays; 特困 amounts follow the self-care assessment at the next review.
    /// </summary>
    public static Decision Decide(HouseholdCase state, RecalculateEntitlement command)
    {
        if (state.Status != CaseStatus.Enrolled || state.Program != Program.Dibao) return Decision.Accept();
        var month = state.Segments.Count > 0 && state.Segments[0].From > command.From ? state.Segments[0].From : command.From;
        if (EntitlementTimeline.At(state.Segments, month) is not { } segment) return Decision.Accept();
        if (CaseAmounts.Compute(state, Program.Dibao, month, command.Version.Parameters) is not { } amount || amount.Total == segment.MonthlyAmount)
            return Decision.Accept();
        return Decision.Accept(new EntitlementRecalculated(month, amount.Total, command.Version.Version,
            $"政策参数第 {command.Version.Version} 版生效，重新核定月保障金", command.RecordedBy, amount.AddOnTotal,
            command.Version.Parameters.ClassifiedAddOnFor(state.Residence))).Explained(segment);
    }
}
