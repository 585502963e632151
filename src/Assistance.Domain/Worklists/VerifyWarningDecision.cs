using Assistance.Domain.Cases;

namespace Assistance.Domain.Worklists;

public static class VerifyWarningDecision
{
    /// <returns>null when the case holds no such warning (answered as 404).</returns>
    public static Decision? Decide(HouseholdCase state, CaseFacts facts, VerifyWarning command)
    {
        if (!facts.RaisedWarningIds.Contains(command.WarningId)) return null;
        if (facts.OpenWarnings.All(w => w.WarningId != command.WarningId))
            return Decision.Refuse("预警已核查", $"预警 {command.WarningId} 已登记过核查结果，不能重复登记。");
        var raised = facts.OpenWarnings.First(w => w.WarningId == command.WarningId);
        if (command.VerifiedOn < raised.RaisedOn)
            return Decision.Refuse("核查日期早于预警日期", $"核查日期 {command.VerifiedOn:yyyy-MM-dd} 早于预警产生日期 {raised.RaisedOn:yyyy-MM-dd}。");
        return Decision.Accept(new DataComparisonWarningVerified(command.WarningId, command.Outcome, command.Reason, command.VerifiedOn, command.VerifiedBy));
    }
}
