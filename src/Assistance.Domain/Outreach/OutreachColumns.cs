namespace Assistance.Domain.Outreach;

/// <summary>The columns of another department's roster, recognised by their English (contract) or Chinese header.</summary>
public static class OutreachColumns
{
    public static readonly IReadOnlyDictionary<OutreachColumn, string> Chinese = new Dictionary<OutreachColumn, string>
    {
        [OutreachColumn.Name] = "姓名",
        [OutreachColumn.IdNumber] = "身份证号",
        [OutreachColumn.CountyCode] = "县区代码",
        [OutreachColumn.Township] = "乡镇",
        [OutreachColumn.Village] = "村",
        [OutreachColumn.Category] = "类别",
        [OutreachColumn.Source] = "来源部门",
    };

    private static readonly Dictionary<string, OutreachColumn> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = OutreachColumn.Name, ["姓名"] = OutreachColumn.Name,
        ["idNumber"] = OutreachColumn.IdNumber, ["身份证号"] = OutreachColumn.IdNumber, ["身份证号码"] = OutreachColumn.IdNumber,
        ["countyCode"] = OutreachColumn.CountyCode, ["县区代码"] = OutreachColumn.CountyCode, ["区划代码"] = OutreachColumn.CountyCode,
        ["township"] = OutreachColumn.Township, ["乡镇"] = OutreachColumn.Township, ["乡镇（街道）"] = OutreachColumn.Township,
        ["village"] = OutreachColumn.Village, ["村"] = OutreachColumn.Village, ["村（社区）"] = OutreachColumn.Village,
        ["category"] = OutreachColumn.Category, ["类别"] = OutreachColumn.Category, ["人员类别"] = OutreachColumn.Category,
        ["source"] = OutreachColumn.Source, ["来源"] = OutreachColumn.Source, ["来源部门"] = OutreachColumn.Source,
    };

    public static readonly IReadOnlySet<OutreachColumn> Optional = new HashSet<OutreachColumn> { OutreachColumn.Township, OutreachColumn.Village };

    /// <summary>Which column sits at which position, or the required columns the header row lacks.</summary>
    public static (IReadOnlyDictionary<OutreachColumn, int> Positions, IReadOnlyList<OutreachColumn> Missing) Locate(IReadOnlyList<string?> headers)
    {
        var positions = new Dictionary<OutreachColumn, int>();
        for (var i = 0; i < headers.Count; i++)
            if (headers[i] is { } header && Aliases.TryGetValue(header.Trim(), out var column)) positions.TryAdd(column, i);
        var missing = Enum.GetValues<OutreachColumn>().Where(c => !positions.ContainsKey(c) && !Optional.Contains(c)).ToList();
        return (positions, missing);
    }

    public static OutreachRow ToRow(int rowNumber, IReadOnlyDictionary<OutreachColumn, int> positions, IReadOnlyList<string?> cells)
    {
        string? Cell(OutreachColumn c) =>
            positions.TryGetValue(c, out var i) && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
        return new OutreachRow(rowNumber, Cell(OutreachColumn.Name), Cell(OutreachColumn.IdNumber), Cell(OutreachColumn.CountyCode),
            Cell(OutreachColumn.Township), Cell(OutreachColumn.Village), Cell(OutreachColumn.Category), Cell(OutreachColumn.Source));
    }
}
