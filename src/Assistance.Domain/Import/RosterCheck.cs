using Assistance.Domain.Cases;

namespace Assistance.Domain.Import;

/// <summary>
/// Checks the rows of a roster file. A household is all rows with the same county and 户编号; one bad row keeps the
/// whole household out (nothing partial), and the rows of its other members are not reported as errors themselves.
/// </summary>
public static class RosterCheck
{
    public static RosterCheckResult Check(IReadOnlyList<RosterRow> rows, CountyRegistry counties)
    {
        var errors = new List<RosterError>();
        var households = rows
            .GroupBy(r => (County: r.CountyCode ?? "", Number: r.HouseholdNumber ?? ""))
            .Select(g => g.ToList())
            .ToList();

        var rowsWithDuplicateIds = DuplicateIdNumbers(rows, errors);
        var accepted = new List<RosterHousehold>();
        var rejected = 0;
        foreach (var members in households)
        {
            var before = errors.Count;
            var household = CheckHousehold(members, counties, errors);
            if (household is null || errors.Count > before || members.Any(r => rowsWithDuplicateIds.Contains(r.Row))) rejected++;
            else accepted.Add(household);
        }
        return new RosterCheckResult(accepted, [.. errors.OrderBy(e => e.Row)], rejected);
    }

    /// <summary>An ID number may stand on one row only: a person belongs to one household.</summary>
    private static HashSet<int> DuplicateIdNumbers(IReadOnlyList<RosterRow> rows, List<RosterError> errors)
    {
        var flagged = new HashSet<int>();
        var repeated = rows
            .Where(r => r.IdNumber is not null && IdNumber.Check(r.IdNumber) is null)
            .GroupBy(r => r.IdNumber!.ToUpperInvariant())
            .Where(g => g.Count() > 1);
        foreach (var group in repeated)
        {
            foreach (var row in group)
            {
                var others = group.Where(o => o != row).Select(o => $"第{o.Row}行（户编号 {o.HouseholdNumber}）");
                var across = group.Any(o => o.HouseholdNumber != row.HouseholdNumber || o.CountyCode != row.CountyCode);
                errors.Add(new RosterError(row.Row,
                    $"身份证号 {IdNumber.Mask(group.Key)} {(across ? "在多户中重复出现" : "在同一户中重复出现")}，另见{string.Join("、", others)}"));
                flagged.Add(row.Row);
            }
        }
        return flagged;
    }

    private static RosterHousehold? CheckHousehold(List<RosterRow> rows, CountyRegistry counties, List<RosterError> errors)
    {
        var members = new List<Member>();
        foreach (var row in rows)
        {
            var problems = RowProblems(row, counties, isHead: RosterValues.RelationOf(row.Relation) == Relation.Self).ToList();
            errors.AddRange(problems.Select(p => new RosterError(row.Row, p)));
            if (problems.Count == 0)
                members.Add(new Member(row.Name!, row.IdNumber!.ToUpperInvariant(), RosterValues.RelationOf(row.Relation)!.Value,
                    RosterValues.DisabilityOf(row.Disability)!.Value));
        }

        var head = rows.Where(r => RosterValues.RelationOf(r.Relation) == Relation.Self).ToList();
        var first = rows[0];
        var label = $"户编号 {first.HouseholdNumber}（第{string.Join("、", rows.Select(r => r.Row))}行）";
        if (first.HouseholdNumber is null) return null;
        if (head.Count == 0)
        {
            errors.Add(new RosterError(first.Row, $"{label}没有户主：须有一行的与户主关系为「户主」或「本人」"));
            return null;
        }
        if (head.Count > 1)
        {
            errors.Add(new RosterError(head[1].Row, $"{label}有 {head.Count} 名户主，只能有一名"));
            return null;
        }

        var applicant = head[0];
        foreach (var row in rows.Where(r => r != applicant))
            foreach (var (column, differs) in HouseholdFields(applicant, row))
                if (differs) errors.Add(new RosterError(row.Row, $"{RosterColumns.Chinese[column]}与本户户主行（第{applicant.Row}行）不一致"));

        if (members.Count != rows.Count) return null;
        return new RosterHousehold(applicant.CountyCode!, applicant.HouseholdNumber!, applicant.Township, applicant.Village,
            RosterValues.ResidenceOf(applicant.Residence)!.Value, RosterValues.ProgramOf(applicant.Program)!.Value,
            RosterValues.MonthOf(applicant.EnrolledSince)!.Value, RosterValues.AmountOf(applicant.MonthlyAmount)!.Value,
            members, [.. rows.Select(r => r.Row)]);
    }

    /// <summary>Household columns (城乡, 救助类别, 纳入年月, 月保障金) are required on the head's row; on a member's row they may be blank.</summary>
    private static IEnumerable<string> RowProblems(RosterRow row, CountyRegistry counties, bool isHead)
    {
        if (row.HouseholdNumber is null) yield return "户编号为空";
        if (row.CountyCode is null) yield return "县区代码为空";
        else if (!counties.IsKnown(row.CountyCode)) yield return $"县区代码「{row.CountyCode}」不是已登记的县区";
        if (row.Name is null) yield return "姓名为空";
        if (IdNumber.Check(row.IdNumber) is { } idProblem) yield return idProblem;
        if (RosterValues.RelationOf(row.Relation) is null) yield return $"与户主关系「{row.Relation}」无法识别（如 户主、配偶、子女、父母、兄弟姐妹、孙子女、其他）";
        if (RosterValues.DisabilityOf(row.Disability) is null) yield return $"残疾等级「{row.Disability}」无法识别（一级至四级，或留空）";
        if ((isHead || row.Residence is not null) && RosterValues.ResidenceOf(row.Residence) is null) yield return $"城乡「{row.Residence}」无法识别（城市 或 农村）";
        if ((isHead || row.Program is not null) && RosterValues.ProgramOf(row.Program) is null) yield return $"救助类别「{row.Program}」无法识别（低保、特困、低保边缘）";
        if ((isHead || row.EnrolledSince is not null) && RosterValues.MonthOf(row.EnrolledSince) is null) yield return $"纳入年月「{row.EnrolledSince}」不是有效月份（如 2019-03）";
        if ((isHead || row.MonthlyAmount is not null) && RosterValues.AmountOf(row.MonthlyAmount) is null) yield return $"月保障金「{row.MonthlyAmount}」不是有效金额（元，最多两位小数）";
    }

    /// <summary>The household-level columns of a member row that contradict the head's row (a blank cell follows the head).</summary>
    private static IEnumerable<(RosterColumn, bool)> HouseholdFields(RosterRow head, RosterRow row)
    {
        static bool Differs(string? mine, string? heads) => mine is not null && heads is not null && mine != heads;
        yield return (RosterColumn.Township, Differs(row.Township, head.Township));
        yield return (RosterColumn.Village, Differs(row.Village, head.Village));
        yield return (RosterColumn.Residence, Differs(row.Residence, head.Residence));
        yield return (RosterColumn.Program, Differs(row.Program, head.Program));
        yield return (RosterColumn.EnrolledSince, RosterValues.MonthOf(row.EnrolledSince) is { } m && RosterValues.MonthOf(head.EnrolledSince) is { } hm && m != hm);
        yield return (RosterColumn.MonthlyAmount, RosterValues.AmountOf(row.MonthlyAmount) is { } a && RosterValues.AmountOf(head.MonthlyAmount) is { } ha && a != ha);
    }
}
