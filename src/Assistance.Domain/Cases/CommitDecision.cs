namespace Assistance.Domain.Cases;

public static class CommitDecision
{
    public static Decision Decide(HouseholdCase state, SignDualCommitment command)
    {
        if (LifecycleRules.MustBeOpen(state) is { } closed) return closed;
        if (state.Status != CaseStatus.Applied)
            return Decision.Refuse("双承诺已签订", $"该案件已签订双承诺（{state.CommittedOn:yyyy-MM-dd}），当前状态为「{CaseStatusLabels.Of(state.Status)}」。");
        if (!command.ApplicantSigned || !command.AgencySigned)
            return Decision.Refuse("双承诺须双方签署",
                $"申请人诚信承诺{(command.ApplicantSigned ? "已" : "未")}签署，经办机构履职承诺{(command.AgencySigned ? "已" : "未")}签署；双方均签署后才能登记。");
        if (LifecycleRules.NotBeforeApplication(state, command.SignedOn, "签署日期") is { } early) return early;
        return Decision.Accept(new DualCommitmentSigned(command.ApplicantSigned, command.AgencySigned, command.SignedOn, command.SignedBy, command.SignatureRef));
    }
}
