namespace Assistance.Domain.Cases;

/// <summary>临时救助: a one-off grant, possible in any state of the case, also after exit.</summary>
public sealed record GrantTemporaryAssistance(TemporaryKind Kind, decimal Amount, LocalDate GrantedOn, string Reason, string GrantedBy);

public static class GrantTemporaryDecision
{
    public static Decision Decide(HouseholdCase state, GrantTemporaryAssistance command)
    {
        if (command.Amount <= 0)
            return Decision.Refuse("救助金额须大于零", $"临时救助金额为 {command.Amount}，须大于零。");
        if (LifecycleRules.NotBeforeApplication(state, command.GrantedOn, "救助日期") is { } early) return early;
        return Decision.Accept(new TemporaryAssistanceGranted(command.Kind, command.Amount, command.GrantedOn, command.Reason, command.GrantedBy));
    }
}
