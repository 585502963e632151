using Assistance.Domain.Labels;
using Assistance.Domain.Values;
using Assistance.Host.Core;

namespace Assistance.Host.Statistics.Export;

/// <summary>The statistics tables as exported: zh-CN headers and one row of cells per county, then the 合计 row.</summary>
public static class StatisticsTable
{
    public static ExportTable Monthly(IReadOnlyList<MonthlyRow> rows, MonthlyRow? total)
    {
        var reasons = Enum.GetValues<ExitReason>();
        string[] headers =
        [
            "县区代码", "县区名称", "月份", "救助类别", "期初人数", "期初户数", "新增人数", "新增户数", "退出人数", "退出户数",
            "转入人数", "转入户数", "转出人数", "转出户数", "成员变动人数", "期末人数", "期末户数", "净增人数", "净增户数",
            "城市期末人数", "城市期末户数", "农村期末人数", "农村期末户数",
            .. reasons.Select(r => $"退出人数（{ExitReasonLabels.Of(r)}）"),
            "上期月份", "上期期末人数", "上期新增人数", "上期退出人数", "期末人数环比（%）",
        ];
        var all = total is null ? rows : [.. rows, total];
        var cells = all.Select(r => (IReadOnlyList<object?>)
        [
            r.CountyCode, r.CountyName, r.Month, ProgramLabels.Of(r.Program), r.OpeningPersons, r.OpeningHouseholds,
            r.NewPersons, r.NewHouseholds, r.ExitedPersons, r.ExitedHouseholds, r.TransferInPersons, r.TransferInHouseholds,
            r.TransferOutPersons, r.TransferOutHouseholds, r.MemberChangePersons, r.ClosingPersons, r.ClosingHouseholds,
            r.NetGrowthPersons, r.NetGrowthHouseholds, r.Urban.ClosingPersons, r.Urban.ClosingHouseholds,
            r.Rural.ClosingPersons, r.Rural.ClosingHouseholds,
            .. reasons.Select(reason => (object?)r.ExitsByReason[reason.ToString()].Persons),
            r.PreviousMonth, r.Previous.ClosingPersons, r.Previous.NewPersons, r.Previous.ExitedPersons, Percent(r.MonthOnMonth.ClosingPersons),
        ]).ToList();
        var program = rows.Count > 0 ? ProgramLabels.Of(rows[0].Program) : "";
        return new ExportTable($"{program}统计月报", headers, cells);
    }

    public static ExportTable Growth(GrowthReport report)
    {
        string[] headers = ["县区代码", "县区名称", "基期", "报告期", "基期人数", "报告期人数", "净增人数", "增幅（%）", "基期户数", "报告期户数"];
        var cells = report.Counties.Select(c => (IReadOnlyList<object?>)
            [c.CountyCode, c.CountyName, report.Baseline, report.Month, c.BaselinePersons, c.Persons, c.NetGrowth, Percent(c.GrowthRate), c.BaselineHouseholds, c.Households])
            .Append([
                "", StatisticsReports.CityTotalName, report.Baseline, report.Month, report.Total.BaselinePersons, report.Total.Persons,
                report.Total.NetGrowth, Percent(report.Total.GrowthRate), report.Total.BaselineHouseholds, report.Total.Households,
            ])
            .ToList();
        return new ExportTable($"{ProgramLabels.Of(report.Program)}净增长", headers, cells);
    }

    /// <summary>A fraction as a percentage with two decimals (0.0136 → 1.36); blank when there is no base to compare with.</summary>
    private static object? Percent(decimal? fraction) => fraction is { } f ? Math.Round(f * 100, 2) + 0.00m : null;
}
