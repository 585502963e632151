namespace Assistance.Domain.Cases;

/// <summary>The zh-CN names of case events, as the history and audit pages show them.</summary>
public static class EventLabels
{
    private static readonly Dictionary<Type, string> Labels = new()
    {
        [typeof(ApplicationReceived)] = "申请受理",
        [typeof(DualCommitmentSigned)] = "签订双承诺",
        [typeof(EconomicStatusAssessed)] = "家庭经济状况认定",
        [typeof(EnrolmentApproved)] = "审核确认纳入",
        [typeof(FirstApprovalSigned)] = "审批初签（待复签）",
        [typeof(ApplicationRejected)] = "不予确认",
        [typeof(CaseReviewed)] = "复核",
        [typeof(CaseExited)] = "退出（停发）",
        [typeof(TemporaryAssistanceGranted)] = "临时救助",
        [typeof(HouseholdMembersChanged)] = "家庭成员变更",
        [typeof(EntitlementRecalculated)] = "标准调整重新核定金额",
        [typeof(RosterCaseImported)] = "存量迁移导入",
        [typeof(CaseCorrected)] = "更正",
        [typeof(AppealLodged)] = "收到复核申请/复议/举报",
        [typeof(AppealDecided)] = "复核申请/复议/举报办结",
        [typeof(ReviewBecameDue)] = "复核到期",
        [typeof(ReviewOverdue)] = "复核逾期",
        [typeof(DataComparisonWarningRaised)] = "数据比对预警",
        [typeof(DataComparisonWarningVerified)] = "预警核查结果",
    };

    public static string Of(Type eventType) => Labels.GetValueOrDefault(eventType, eventType.Name);
}
