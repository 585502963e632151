namespace Assistance.Domain.Cases;

public static class IllnessPovertyDecision
{
    /// <summary>
    /// On an open case, of a member of the household, dated neither in the future nor before the application; the same finding
    /// (member and month) twice is refused, so a repeat cannot count a household twice.
    /// </summary>
    public static Decision Decide(HouseholdCase state, RecogniseIllnessPoverty command, LocalDate today)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        if (LifecycleRules.NotAfterToday(command.RecognisedOn, today, "认定日期") is { } future) return future;
        if (LifecycleRules.NotBeforeApplication(state, command.RecognisedOn, "认定日期") is { } early) return early;
        var month = command.EffectiveMonth ?? command.RecognisedOn.ToYearMonth();
        if (LifecycleRules.NotBeforeApplication(state, month, "生效月份") is { } before) return before;
        if (command.IdNumber is { } id && state.Members.All(m => m.IdNumber != id))
            return Decision.Refuse("患病成员不在本户", $"身份证号 {IdNumber.Mask(id)} 不是本户成员。");
        if (state.IllnessPoverty.Any(r => r.IdNumber == command.IdNumber && r.EffectiveMonth == month))
            return Decision.Refuse("已认定因病致贫", $"该户已自 {month:yyyy-MM} 起认定为因病致贫家庭，无须重复认定。");
        return Decision.Accept(new IllnessPovertyRecognised(command.IdNumber, command.RecognisedOn, month, command.Evidence, command.RecognisedBy));
    }
}
