namespace Assistance.Domain.Import;

public static class RosterColumns
{
    /// <summary>The header a county office uses for each column (what the report and the template show).</summary>
    public static readonly IReadOnlyDictionary<RosterColumn, string> Chinese = new Dictionary<RosterColumn, string>
    {
        [RosterColumn.HouseholdNumber] = "户编号",
        [RosterColumn.CountyCode] = "县区代码",
        [RosterColumn.Township] = "乡镇",
        [RosterColumn.Village] = "村",
        [RosterColumn.Residence] = "城乡",
        [RosterColumn.Program] = "救助类别",
        [RosterColumn.EnrolledSince] = "纳入年月",
        [RosterColumn.MonthlyAmount] = "月保障金",
        [RosterColumn.Name] = "姓名",
        [RosterColumn.IdNumber] = "身份证号",
        [RosterColumn.Relation] = "与户主关系",
        [RosterColumn.Disability] = "残疾等级",
    };

    private static readonly Dictionary<string, RosterColumn> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["户编号"] = RosterColumn.HouseholdNumber, ["户号"] = RosterColumn.HouseholdNumber, ["householdNumber"] = RosterColumn.HouseholdNumber,
        ["县区代码"] = RosterColumn.CountyCode, ["县（区）代码"] = RosterColumn.CountyCode, ["区划代码"] = RosterColumn.CountyCode, ["countyCode"] = RosterColumn.CountyCode,
        ["乡镇"] = RosterColumn.Township, ["乡镇（街道）"] = RosterColumn.Township, ["township"] = RosterColumn.Township,
        ["村"] = RosterColumn.Village, ["村（社区）"] = RosterColumn.Village, ["village"] = RosterColumn.Village,
        ["城乡"] = RosterColumn.Residence, ["城乡类别"] = RosterColumn.Residence, ["residence"] = RosterColumn.Residence,
        ["救助类别"] = RosterColumn.Program, ["保障类别"] = RosterColumn.Program, ["program"] = RosterColumn.Program,
        ["纳入年月"] = RosterColumn.EnrolledSince, ["纳入时间"] = RosterColumn.EnrolledSince, ["enrolledSince"] = RosterColumn.EnrolledSince,
        ["enrolmentMonth"] = RosterColumn.EnrolledSince, ["enrollmentMonth"] = RosterColumn.EnrolledSince,
        ["月保障金"] = RosterColumn.MonthlyAmount, ["月保障金额"] = RosterColumn.MonthlyAmount, ["monthlyAmount"] = RosterColumn.MonthlyAmount,
        ["姓名"] = RosterColumn.Name, ["name"] = RosterColumn.Name,
        ["身份证号"] = RosterColumn.IdNumber, ["身份证号码"] = RosterColumn.IdNumber, ["idNumber"] = RosterColumn.IdNumber,
        ["与户主关系"] = RosterColumn.Relation, ["relation"] = RosterColumn.Relation,
        ["残疾等级"] = RosterColumn.Disability, ["disability"] = RosterColumn.Disability,
    };

    /// <summary>Township, village and disability may be absent; every other column must be there.</summary>
    public static readonly IReadOnlySet<RosterColumn> Optional = new HashSet<RosterColumn>
        { RosterColumn.Township, RosterColumn.Village, RosterColumn.Disability };

    public static RosterColumn? Recognise(string? header) =>
        header is not null && Aliases.TryGetValue(header.Trim(), out var column) ? column : null;

    /// <summary>Which column sits at which position, or the required columns the header row lacks.</summary>
    public static (IReadOnlyDictionary<RosterColumn, int> Positions, IReadOnlyList<RosterColumn> Missing) Locate(IReadOnlyList<string?> headers)
    {
        var positions = new Dictionary<RosterColumn, int>();
        for (var i = 0; i < headers.Count; i++)
            if (Recognise(headers[i]) is { } column) positions.TryAdd(column, i);
        var missing = Enum.GetValues<RosterColumn>().Where(c => !positions.ContainsKey(c) && !Optional.Contains(c)).ToList();
        return (positions, missing);
    }

    public static RosterRow ToRow(int rowNumber, IReadOnlyDictionary<RosterColumn, int> positions, IReadOnlyList<string?> cells)
    {
        string? Cell(RosterColumn c) =>
            positions.TryGetValue(c, out var i) && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;
        return new RosterRow(rowNumber, Cell(RosterColumn.HouseholdNumber), Cell(RosterColumn.CountyCode), Cell(RosterColumn.Township),
            Cell(RosterColumn.Village), Cell(RosterColumn.Residence), Cell(RosterColumn.Program), Cell(RosterColumn.EnrolledSince),
            Cell(RosterColumn.MonthlyAmount), Cell(RosterColumn.Name), Cell(RosterColumn.IdNumber), Cell(RosterColumn.Relation),
            Cell(RosterColumn.Disability));
    }
}
