using Assistance.Host.Core;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>
/// Reads a comparison file: UTF-8 CSV (a BOM is allowed) with a header row naming idNumber, sourceDepartment, kind,
/// date and detail in any order; fields may be quoted with "" for a quote inside.
/// </summary>
public static class ComparisonCsv
{
    public static readonly string[] Columns = ["idNumber", "sourceDepartment", "kind", "date", "detail"];

    /// <returns>The records with their line numbers, or the problems with the header and with records that cannot be read.</returns>
    public static (IReadOnlyList<(int Line, ComparisonRecordRequest Record)> Records, IDictionary<string, string[]> Errors) Read(
        string text, CancellationToken ct = default)
    {
        var (lines, problems) = CsvRecords.Read(text, ct);
        var errors = problems.ToDictionary(p => $"line{p.Line}", p => new[] { p.Reason });
        if (lines.Count == 0 || lines[0].Line != 1)
        {
            errors["file"] = ["文件为空，第一行应为表头：" + string.Join(",", Columns)];
            return ([], errors);
        }
        var header = lines[0].Cells.Select(h => h.Trim()).ToList();
        var missing = Columns.Take(4).Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            errors["file"] = [$"表头缺少列：{string.Join("、", missing)}；表头应为：{string.Join(",", Columns)}"];
            return ([], errors);
        }
        int Index(string column) => header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var (id, source, kind, date, detail) = (Index("idNumber"), Index("sourceDepartment"), Index("kind"), Index("date"), Index("detail"));

        var records = new List<(int, ComparisonRecordRequest)>();
        foreach (var (line, f) in lines.Skip(1))
        {
            if (f.All(string.IsNullOrWhiteSpace)) continue;
            string? At(int index) => index >= 0 && index < f.Count ? f[index].Trim() : null;
            records.Add((line, new ComparisonRecordRequest(At(id), At(source), At(kind), At(date), At(detail))));
        }
        return (records, errors);
    }
}
