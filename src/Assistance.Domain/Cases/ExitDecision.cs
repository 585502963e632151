namespace Assistance.Domain.Cases;

public static class ExitDecision
{
    public static Decision Decide(HouseholdCase state, ExitCase command)
    {
        if (LifecycleRules.MustBeEnrolled(state) is { } notEnrolled) return notEnrolled;
        if (SeparationOfDuties.DeciderMayDecide(state, command.DecidedBy) is { } sameHand) return sameHand;
        if (command.EffectiveMonth < state.EffectiveMonth)
            return Decision.Refuse("退出月份早于纳入月份",
                $"退出生效月份 {command.EffectiveMonth:yyyy-MM} 早于纳入生效月份 {state.EffectiveMonth:yyyy-MM}。");
        return Decision.Accept(new CaseExited(command.Reason, command.EffectiveMonth, command.DecidedBy, command.Notes,
            SignatureReference.Of(state.Id, command.DecidedBy, "停发", command.Reason, command.EffectiveMonth.ToString("yyyy-MM", null))));
    }
}
