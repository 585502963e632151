using Assistance.Domain.Cases;

namespace Assistance.Domain.Labels;

/// <summary>The zh-CN names of case events, as the history, the audit trail, the case file and the case page show them.</summary>
public static class CaseEventLabels
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
        [typeof(IllnessPovertyRecognised)] = "认定因病致贫",
        [typeof(HouseholdMembersChanged)] = "家庭成员变更",
        [typeof(EntitlementRecalculated)] = "标准调整重新核定金额",
        [typeof(RosterCaseImported)] = "存量迁移导入",
        [typeof(CaseCorrected)] = "更正",
        [typeof(CorrectionFirstSigned)] = "更正初签（待复签）",
        [typeof(AppealLodged)] = "收到复核申请/复议/举报",
        [typeof(AppealDecided)] = "复核申请/复议/举报办结",
        [typeof(ReviewBecameDue)] = "复核到期",
        [typeof(ReviewOverdue)] = "复核逾期",
        [typeof(DataComparisonWarningRaised)] = "数据比对预警",
        [typeof(DataComparisonWarningVerified)] = "预警核查结果",
    };

    /// <summary>Every labelled event type by its type name, for the labels the pages read.</summary>
    public static IReadOnlyDictionary<string, string> ByTypeName { get; } = Labels.ToDictionary(l => l.Key.Name, l => l.Value);

    /// <summary>The label, or the type's name for a type without one (the catalogue test keeps that from happening).</summary>
    public static string Of(Type eventType) => Labels.GetValueOrDefault(eventType, eventType.Name);
}
