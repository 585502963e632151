namespace Assistance.Host.ApiReference;

/// <summary>
/// The reference's groups: one per feature folder, named in zh-CN. Wolverine tags an operation with its endpoint class
/// (<c>Assistance.Host.Cases.ExitEndpoint</c>); the longest feature namespace that holds the class names its group.
/// </summary>
public static class FeatureTags
{
    private const string HostNamespace = "Assistance.Host.";

    /// <summary>Feature namespace (under Assistance.Host) → tag name and description.</summary>
    public static readonly IReadOnlyList<(string Feature, string Name, string Description)> All =
    [
        ("Cases", "案件", "救助申请从登记、双承诺、家庭经济状况认定到审批、复核、成员变更、临时救助和停发的每一步；每一步都是案件的事件。"),
        ("Appeals", "复核申请", "对不予批准、救助金额或停发决定的复核申请（行政复议、举报）及其决定。"),
        ("Corrections", "更正与追回", "更正已记录的收入、金额或停发月份，以及由此产生的补发、追回和多发少发对照。"),
        ("CaseFile", "案卷", "一个案件的可打印案卷及 PDF。"),
        ("Worklists.Calendar", "节假日安排", "法定节假日与调休安排；工作清单的工作日期限按此计算。"),
        ("Worklists.DataComparison", "数据比对", "其他部门比对结果的提交与预警核实。"),
        ("Worklists", "工作清单", "应保尽保、应退尽退：待办申请、到期复核、应退未退、疑似重复享受等清单及其期限。"),
        ("Outreach", "摸排走访", "部门名单与全部案件比对、摸排走访清单、走访记录和周调度。"),
        ("PaymentRolls", "发放名册", "按待遇时间线计算的月度发放名册、签发冻结和银行代发文件。"),
        ("Statistics", "统计", "民政统计月报、趋势、净增长及其 Excel/CSV 导出；按生效月份计。"),
        ("Policy", "政策参数", "各县按月生效、有版本的政策参数（低保标准等）及调整预览。"),
        ("IllnessPoverty", "因病致贫", "在案件上认定因病致贫，以及按县的认定户数统计。"),
        ("Labels", "术语", "接口标识对应的中文名称。"),
        ("Counties", "县", "本市各县（市、区）参考数据。"),
        ("Import", "花名册导入", "县级花名册（CSV 或 .xlsx）的导入、进度、错误报告和模板。"),
        ("Audit", "审计", "审计轨迹、事件链校验、每日锚点和审计查询。"),
        ("Access", "用户与登录", "登录换取令牌、当前用户和完整身份证号查看记录。"),
    ];

    /// <summary>The group of an operation Wolverine tagged with <paramref name="tag"/>, or null when no feature holds it.</summary>
    public static (string Name, string Description)? Of(string tag)
    {
        var feature = tag.StartsWith(HostNamespace, StringComparison.Ordinal) ? tag[HostNamespace.Length..] : tag;
        return All
            .Where(t => feature == t.Feature || feature.StartsWith(t.Feature + ".", StringComparison.Ordinal))
            .OrderByDescending(t => t.Feature.Length)
            .Select(t => ((string Name, string Description)?)(t.Name, t.Description))
            .FirstOrDefault();
    }
}
