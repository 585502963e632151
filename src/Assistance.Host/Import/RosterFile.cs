using System.Globalization;
using System.Text;
using Assistance.Domain.Import;
using MiniExcelLibs;
using Assistance.Host.Core;

namespace Assistance.Host.Import;

public static class RosterFile
{
    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSupported(string fileName) => KindOf(fileName) is not null;

    /// <summary>
    /// Reads the first sheet (or the CSV) with the header in row 1; row numbers are those a spreadsheet shows.
    /// CSV files saved by Excel on a Chinese Windows are GB18030, others UTF-8: both are accepted.
    /// </summary>
    public static RosterFileContent Read(byte[] content, string fileName, CancellationToken ct = default)
    {
        var (cells, rowErrors, fileError) = ReadCells(content, fileName, ct);
        if (fileError is not null) return new([], fileError, rowErrors);
        var headerCells = cells[0].Cells;
        var (positions, missing) = RosterColumns.Locate(headerCells);
        if (missing.Count > 0)
            return Failed($"表头缺少列：{string.Join("、", missing.Select(c => RosterColumns.Chinese[c]))}（第1行应为表头，中文或英文列名均可）");
        var rows = new List<RosterRow>();
        foreach (var (number, row) in DataRows(cells))
        {
            if (ProblemOf(row, headerCells.Count) is { } problem) rowErrors.Add(new RosterError(number, problem));
            else rows.Add(RosterColumns.ToRow(number, positions, row));
        }
        return new RosterFileContent(rows, null, [.. rowErrors.OrderBy(e => e.Row)]);
    }

    /// <summary>
    /// The numbered rows of the first sheet (or the CSV), header row first, with the rows that cannot be read, or why the file
    /// as a whole cannot be read: what every roster (the ledger's own and other departments') is read with.
    /// </summary>
    public static (List<(int Number, List<string?> Cells)> Cells, List<RosterError> RowErrors, RosterError? FileError) ReadCells(
        byte[] content, string fileName, CancellationToken ct = default)
    {
        var kind = KindOf(fileName);
        if (kind is null) return ([], [], new RosterError(1, $"文件「{fileName}」的格式不受支持：请上传 .csv 或 .xlsx 文件"));
        try
        {
            var (cells, rowErrors) = kind == ExcelType.CSV ? ReadCsv(content, ct) : (ReadXlsx(content, ct), []);
            if (cells.Count == 0) return ([], rowErrors, rowErrors.Count > 0 ? null : new RosterError(1, "文件为空：第1行应为表头"));
            if (cells[0].Number != 1) return ([], rowErrors, new RosterError(1, "第1行应为表头（中文或英文列名），请勿在表头前留空行"));
            return (cells, rowErrors, null);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or FormatException or NotSupportedException)
        {
            return ([], [], new RosterError(1, $"文件「{fileName}」无法读取，请确认是有效的 .csv 或 .xlsx 文件（{e.GetType().Name}）"));
        }
    }

    /// <summary>The rows after the header that hold anything, with the row number a spreadsheet shows.</summary>
    public static IEnumerable<(int Number, List<string?> Cells)> DataRows(List<(int Number, List<string?> Cells)> cells) =>
        cells.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));

    private static RosterFileContent Failed(string reason) => new([], new RosterError(1, reason), []);

    /// <summary>A row the importer cannot take as it stands: fewer cells than the header names, or a cell the ledger cannot store.</summary>
    private static string? ProblemOf(IReadOnlyList<string?> row, int columns)
    {
        if (row.Count < columns)
            return $"本行只有 {row.Count} 列，表头有 {columns} 列：可能漏了分隔符或多了换行，请对照表头更正";
        for (var i = 0; i < row.Count; i++)
            if (row[i] is { } text && StoredText.Problem(text, StoredText.ShortLimit) is { } problem)
                return $"第 {i + 1} 列{problem}";
        return null;
    }

    private static ExcelType? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ExcelType.CSV,
        ".xlsx" => ExcelType.XLSX,
        _ => null,
    };

    private static (List<(int Number, List<string?> Cells)>, List<RosterError>) ReadCsv(byte[] content, CancellationToken ct)
    {
        var encoding = IsUtf8(content) ? Encoding.UTF8 : Encoding.GetEncoding("GB18030");
        var (records, problems) = CsvRecords.Read(encoding.GetString(content), ct);
        return (records.Select(r => (r.Line, r.Cells.Select(c => (string?)c).ToList())).ToList(),
            problems.Select(p => new RosterError(p.Line, p.Reason)).ToList());
    }

    private static List<(int Number, List<string?> Cells)> ReadXlsx(byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content);
        return stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Select((row, i) =>
            {
                ct.ThrowIfCancellationRequested();
                return (i + 1, ((IDictionary<string, object?>)row).Values.Select(Text).Take(CsvRecords.MaxColumns).ToList());
            })
            .ToList();
    }

    private static string? Text(object? cell) => cell switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    private static bool IsUtf8(byte[] content)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
