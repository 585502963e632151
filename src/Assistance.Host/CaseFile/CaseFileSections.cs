using System.Globalization;
using Assistance.Domain.Labels;
using Assistance.Domain.Values;

namespace Assistance.Host.CaseFile;

public static class CaseFileSections
{
    public static string Title(CaseFileModel file) => $"社会救助案卷（{file.CountyName}）";

    public static IReadOnlyList<string> Heading(CaseFileModel file)
    {
        var c = file.Case;
        return
        [
            $"案件编号：{c.Id}",
            $"户主：{c.Applicant.Name}（{IdNumber.Mask(c.Applicant.IdNumber)}）　乡镇：{c.Township}　村（社区）：{c.Village}",
            $"状态：{CaseStatusLabels.Of(c.Status)}　申请日期：{c.AppliedOn:yyyy-MM-dd}　现月保障金：{Money(c.MonthlyAmount)} 元",
            $"打印时间：{file.PrintedAt}",
        ];
    }

    public static IReadOnlyList<CaseFileTable> Tables(CaseFileModel file) =>
    [
        new("家庭成员", ["姓名", "身份证号", "与户主关系", "残疾", "劳动能力"],
            file.Case.Members.Select(m => (IReadOnlyList<string>)[m.Name, IdNumber.Mask(m.IdNumber), m.Relation.ToString(), m.Disability.ToString(), m.LaborCapacity.ToString()]).ToList()),
        new("办理经过（每项决定：何人、何时、依据、签章与封存哈希）", ["版本", "事项", "记录时间", "经办人", "生效", "内容", "封存哈希"],
            file.Entries.Select(e => (IReadOnlyList<string>)[e.Version.ToString(CultureInfo.InvariantCulture),
                e.CorrectedBy is { } by ? $"{e.Label}（已被第 {by} 版更正）" : e.Label, e.RecordedAt, e.Actor, e.EffectiveOn, e.Details, e.Seal?[..16] ?? "无"]).ToList()),
        new("逐月保障金额", ["起始月份", "截止月份", "类别", "人数", "月保障金（元）"],
            file.Segments.Select(s => (IReadOnlyList<string>)[Month(s.From), s.To is { } to ? Month(to) : "至今", s.Program.ToString(),
                s.Persons.ToString(CultureInfo.InvariantCulture), Money(s.MonthlyAmount) + (s.GradualExit ? "（渐退）" : "")]).ToList()),
        new("更正", ["更正第几版", "项目", "影响月份", "理由"],
            file.Corrections.Select(n => (IReadOnlyList<string>)[n.CorrectsVersion.ToString(CultureInfo.InvariantCulture), n.Field.ToString(),
                $"{Month(n.EffectiveMonth)} 至 {(n.UntilMonth is { } u ? Month(u) : "今")}", n.Reason]).ToList()),
        new("复核申请、行政复议与举报", ["版本", "事项", "记录时间", "经办人", "内容"],
            file.Appeals.Select(e => (IReadOnlyList<string>)[e.Version.ToString(CultureInfo.InvariantCulture), e.Label, e.RecordedAt, e.Actor, e.Details]).ToList()),
        new("核验", ["结果", "末端摘要（SHA-256）"], [[file.VerificationText, file.Digest ?? "—"]]),
    ];

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Month(NodaTime.YearMonth month) => month.ToString("yyyy-MM", null);
}
