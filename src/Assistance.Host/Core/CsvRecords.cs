using System.Text;

namespace Assistance.Host.Core;

/// <summary>
/// Reads CSV (RFC 4180: comma-separated, "" quotes a quote, quoted fields may hold commas and line breaks) the way offices'
/// files come: an unterminated quote or a record with more than <see cref="MaxColumns"/> cells is a problem of that
/// record, not of the whole file, and a long file stops as soon as the caller gives up.
/// </summary>
public static class CsvRecords
{
    /// <summary>A roster has about a dozen columns; a line with thousands is a broken file, refused before it costs time.</summary>
    public const int MaxColumns = 200;

    public static (List<CsvRecord> Records, List<CsvProblem> Problems) Read(string text, CancellationToken ct = default)
    {
        var records = new List<CsvRecord>();
        var problems = new List<CsvProblem>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted, tooWide) = (1, 1, false, false);
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndCell()
        {
            if (cells.Count < MaxColumns) cells.Add(cell.ToString()); else tooWide = true;
            cell.Clear();
        }
        void EndRecord()
        {
            EndCell();
            if (tooWide) problems.Add(new CsvProblem(start, $"本行超过 {MaxColumns} 列，请检查分隔符"));
            else if (cells.Count > 1 || cells[0].Length > 0) records.Add(new CsvRecord(start, [.. cells]));
            cells.Clear();
            tooWide = false;
        }

        for (; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndCell();
            else if (c == '\n') { EndRecord(); start = ++line; }
            else if (c != '\r') cell.Append(c);
        }
        if (quoted) problems.Add(new CsvProblem(start, "引号未闭合：本行从引号处起到文件末尾都无法读取，请检查引号是否成对"));
        else EndRecord();
        return (records, problems);
    }
}
