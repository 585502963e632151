using System.Text;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>
/// Reads a comparison file: UTF-8 CSV (a BOM is allowed) with a header row naming idNumber, sourceDepartment, kind,
/// date and detail in any order; fields may be quoted with "" for a quote inside.
/// </summary>
public static class ComparisonCsv
{
    public static readonly string[] Columns = ["idNumber", "sourceDepartment", "kind", "date", "detail"];

    /// <returns>The records with their line numbers, or the problems with the header.</returns>
    public static (IReadOnlyList<(int Line, ComparisonRecordRequest Record)> Records, IDictionary<string, string[]> Errors) Read(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var errors = new Dictionary<string, string[]>();
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            errors["file"] = ["文件为空，第一行应为表头：" + string.Join(",", Columns)];
            return ([], errors);
        }
        var header = Fields(lines[0]).Select(h => h.Trim()).ToList();
        var missing = Columns.Take(4).Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            errors["file"] = [$"表头缺少列：{string.Join("、", missing)}；表头应为：{string.Join(",", Columns)}"];
            return ([], errors);
        }
        int Index(string column) => header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var (id, source, kind, date, detail) = (Index("idNumber"), Index("sourceDepartment"), Index("kind"), Index("date"), Index("detail"));

        var records = new List<(int, ComparisonRecordRequest)>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var f = Fields(lines[i]);
            string? At(int index) => index >= 0 && index < f.Count ? f[index].Trim() : null;
            records.Add((i + 1, new ComparisonRecordRequest(At(id), At(source), At(kind), At(date), At(detail))));
        }
        return (records, errors);
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else current.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(ch);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
