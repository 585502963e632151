using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistance.Domain.Import;

/// <summary>How the words county offices write in a roster map onto the ledger's values; each parser answers null for a word it does not know.</summary>
public static partial class RosterValues
{
    private static readonly Dictionary<string, Residence> Residences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["城市"] = Residence.Urban, ["城镇"] = Residence.Urban, ["城"] = Residence.Urban, ["Urban"] = Residence.Urban,
        ["农村"] = Residence.Rural, ["乡村"] = Residence.Rural, ["农"] = Residence.Rural, ["Rural"] = Residence.Rural,
    };

    private static readonly Dictionary<string, Program> Programs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["低保"] = Program.Dibao, ["城乡低保"] = Program.Dibao, ["城市低保"] = Program.Dibao, ["农村低保"] = Program.Dibao,
        ["最低生活保障"] = Program.Dibao, ["Dibao"] = Program.Dibao,
        ["特困"] = Program.Tekun, ["特困供养"] = Program.Tekun, ["特困人员"] = Program.Tekun, ["Tekun"] = Program.Tekun,
        ["低保边缘"] = Program.Marginal, ["低保边缘家庭"] = Program.Marginal, ["Marginal"] = Program.Marginal,
    };

    private static readonly Dictionary<string, Relation> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["户主"] = Relation.Self, ["本人"] = Relation.Self, ["Self"] = Relation.Self,
        ["配偶"] = Relation.Spouse, ["妻"] = Relation.Spouse, ["妻子"] = Relation.Spouse, ["夫"] = Relation.Spouse, ["丈夫"] = Relation.Spouse, ["Spouse"] = Relation.Spouse,
        ["子女"] = Relation.Child, ["子"] = Relation.Child, ["女"] = Relation.Child, ["儿子"] = Relation.Child, ["女儿"] = Relation.Child,
        ["长子"] = Relation.Child, ["次子"] = Relation.Child, ["长女"] = Relation.Child, ["次女"] = Relation.Child, ["Child"] = Relation.Child,
        ["父母"] = Relation.Parent, ["父亲"] = Relation.Parent, ["母亲"] = Relation.Parent, ["父"] = Relation.Parent, ["母"] = Relation.Parent, ["Parent"] = Relation.Parent,
        ["兄弟姐妹"] = Relation.Sibling, ["兄"] = Relation.Sibling, ["弟"] = Relation.Sibling, ["姐"] = Relation.Sibling, ["妹"] = Relation.Sibling, ["Sibling"] = Relation.Sibling,
        ["孙子女"] = Relation.Grandchild, ["孙子"] = Relation.Grandchild, ["孙女"] = Relation.Grandchild, ["外孙子"] = Relation.Grandchild,
        ["外孙女"] = Relation.Grandchild, ["Grandchild"] = Relation.Grandchild,
        ["其他"] = Relation.Other, ["儿媳"] = Relation.Other, ["女婿"] = Relation.Other, ["Other"] = Relation.Other,
    };

    private static readonly Dictionary<string, Disability> Disabilities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["无"] = Disability.None, ["None"] = Disability.None,
        ["一级"] = Disability.Grade1, ["1级"] = Disability.Grade1, ["1"] = Disability.Grade1, ["Grade1"] = Disability.Grade1,
        ["二级"] = Disability.Grade2, ["2级"] = Disability.Grade2, ["2"] = Disability.Grade2, ["Grade2"] = Disability.Grade2,
        ["三级"] = Disability.Grade3, ["3级"] = Disability.Grade3, ["3"] = Disability.Grade3, ["Grade3"] = Disability.Grade3,
        ["四级"] = Disability.Grade4, ["4级"] = Disability.Grade4, ["4"] = Disability.Grade4, ["Grade4"] = Disability.Grade4,
    };

    public static Residence? ResidenceOf(string? text) => text is not null && Residences.TryGetValue(text, out var v) ? v : null;

    public static Program? ProgramOf(string? text) => text is not null && Programs.TryGetValue(text, out var v) ? v : null;

    public static Relation? RelationOf(string? text) => text is not null && Relations.TryGetValue(text, out var v) ? v : null;

    /// <summary>An empty cell means no disability certificate.</summary>
    public static Disability? DisabilityOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Disability.None : Disabilities.TryGetValue(text, out var v) ? v : null;

    /// <summary>2019-03, 2019/3, 2019.03, 201903, 2019年3月, or a full date (a spreadsheet date cell).</summary>
    public static YearMonth? MonthOf(string? text)
    {
        if (text is null) return null;
        var match = MonthPattern().Match(text.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12 ? new YearMonth(year, month) : null;
    }

    /// <summary>A non-negative amount in yuan with at most two decimals; a trailing 元 is allowed.</summary>
    public static decimal? AmountOf(string? text)
    {
        if (text is null) return null;
        var trimmed = text.Trim().TrimEnd('元').Trim();
        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount)
               && decimal.Round(amount, 2) == amount
            ? amount
            : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.年]\s*(?<m>\d{1,2})(?:月|[-/.]\d{1,2}.*)?|(?<m>\d{2}))$")]
    private static partial Regex MonthPattern();
}
