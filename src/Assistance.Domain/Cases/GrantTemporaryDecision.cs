namespace Assistance.Domain.Cases;

public static class GrantTemporaryDecision
{
    /// <param name="authority">The county's rules on caps, township authority and the yearly limit, when consulted.</param>
    /// <param name="grantedElsewhere">Grants to any of the members recorded on other cases (the yearly limit counts per person, by ID number).</param>
    public static Decision Decide(HouseholdCase state, GrantTemporaryAssistance command, Policy.PolicyParameters? authority = null,
        IReadOnlyList<TemporaryAssistance.PriorTemporaryGrant>? grantedElsewhere = null)
    {
        if (command.Amount <= 0)
            return Decision.Refuse("救助金额须大于零", $"临时救助金额为 {command.Amount}，须大于零。");
        if (LifecycleRules.NotBeforeApplication(state, command.GrantedOn, "救助日期") is { } early) return early;
        // N6 §2(2): only 急难型 may be granted at once by the township (先行救助); 支出型 goes through review, 公示 and county approval.
        if (command.Kind == TemporaryKind.Expenditure && !command.DecidedByCounty)
            return Decision.Refuse("支出型临时救助须经县级审批",
                "支出型临时救助须经乡镇审核、公示后由县级民政部门审批（authority: County）；乡镇只可对急难型临时救助先行救助。");
        var recipients = state.Members.Select(m => m.IdNumber).ToList();
        if (authority is not null)
        {
            var prior = state.TemporaryGrants.Select(g => new TemporaryAssistance.PriorTemporaryGrant(g.GrantedOn, g.RecipientIdNumbers ?? recipients))
                .Concat(grantedElsewhere ?? []).ToList();
            var check = TemporaryAssistance.TemporaryAssistanceRules.Check(new TemporaryAssistance.TemporaryGrantRequest(
                state.Residence, command.Amount, command.GrantedOn, recipients, prior, command.DecidedByCounty), authority);
            if (!check.IsAllowed) return Decision.Refuse("超出临时救助审批权限或限额", check.Message);
        }
        return Decision.Accept(new TemporaryAssistanceGranted(command.Kind, command.Amount, command.GrantedOn, command.Reason,
            command.GrantedBy, command.DecidedByCounty, recipients));
    }
}
