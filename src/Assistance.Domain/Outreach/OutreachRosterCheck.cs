using Assistance.Domain.Import;
using Assistance.Domain.Values;

namespace Assistance.Domain.Outreach;

/// <summary>
/// Checks each row on its own: a bad row goes to the error report and every other row is kept. A person listed twice
/// by the same source keeps the first row.
/// </summary>
public static class OutreachRosterCheck
{
    public static OutreachRosterCheckResult Check(IReadOnlyList<OutreachRow> rows, CountyRegistry counties)
    {
        var listings = new List<RosterListing>();
        var errors = new List<RosterError>();
        var firstRow = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var reasons = new List<string>();
            if (row.Name is null) reasons.Add("姓名为空");
            if (row.IdNumber is null) reasons.Add("身份证号为空");
            else if (IdNumber.Check(row.IdNumber) is { } problem) reasons.Add(problem);
            if (row.CountyCode is null) reasons.Add("县区代码为空");
            else if (!counties.IsKnown(row.CountyCode)) reasons.Add($"县区代码「{row.CountyCode}」不是已登记的县区");
            var category = RosterCategories.Parse(row.Category);
            if (category is null)
                reasons.Add(row.Category is null ? "类别为空" : $"类别「{row.Category}」无法识别，可填：{RosterCategories.Accepted}");
            if (row.Source is null) reasons.Add("来源部门为空");
            if (reasons.Count > 0)
            {
                errors.Add(new RosterError(row.Row, string.Join("；", reasons)));
                continue;
            }
            var idNumber = row.IdNumber!.ToUpperInvariant();
            if (firstRow.TryGetValue((row.Source!, idNumber), out var first))
            {
                errors.Add(new RosterError(row.Row, $"身份证号 {IdNumber.Mask(idNumber)} 在本名册中重复出现，已按第{first}行登记"));
                continue;
            }
            firstRow[(row.Source!, idNumber)] = row.Row;
            listings.Add(new RosterListing(row.Row, row.Name!, idNumber, row.CountyCode!, row.Township, row.Village, category!.Value, row.Source!));
        }
        return new OutreachRosterCheckResult(listings, errors);
    }
}
