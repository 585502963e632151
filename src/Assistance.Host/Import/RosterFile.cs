using System.Globalization;
using System.Text;
using Assistance.Domain.Import;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Assistance.Host.Import;

/// <summary>The member rows of a roster file (.csv or .xlsx), or why the file as a whole cannot be read.</summary>
public sealed record RosterFileContent(IReadOnlyList<RosterRow> Rows, RosterError? FileError);

public static class RosterFile
{
    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSupported(string fileName) => KindOf(fileName) is not null;

    /// <summary>
    /// Reads the first sheet (or the CSV) with the header in row 1; row numbers are those a spreadsheet shows.
    /// CSV files saved by Excel on a Chinese Windows are GB18030, others UTF-8: both are accepted.
    /// </summary>
    public static RosterFileContent Read(byte[] content, string fileName)
    {
        var (cells, fileError) = ReadCells(content, fileName);
        if (fileError is not null) return new RosterFileContent([], fileError);
        var (positions, missing) = RosterColumns.Locate(cells[0]);
        if (missing.Count > 0)
            return Failed($"表头缺少列：{string.Join("、", missing.Select(c => RosterColumns.Chinese[c]))}（第1行应为表头，中文或英文列名均可）");
        var rows = DataRows(cells).Select(r => RosterColumns.ToRow(r.Number, positions, r.Cells)).ToList();
        return new RosterFileContent(rows, null);
    }

    /// <summary>
    /// The cells of the first sheet (or the CSV), header row first, or why the file cannot be read: what every roster
    /// (the ledger's own and other departments') is read with.
    /// </summary>
    public static (List<List<string?>> Cells, RosterError? FileError) ReadCells(byte[] content, string fileName)
    {
        var kind = KindOf(fileName);
        if (kind is null) return ([], new RosterError(1, $"文件「{fileName}」的格式不受支持：请上传 .csv 或 .xlsx 文件"));
        try
        {
            var cells = kind == ExcelType.CSV ? ReadCsv(content) : ReadXlsx(content);
            return cells.Count == 0 ? ([], new RosterError(1, "文件为空：第1行应为表头")) : (cells, null);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or FormatException or NotSupportedException)
        {
            return ([], new RosterError(1, $"文件「{fileName}」无法读取，请确认是有效的 .csv 或 .xlsx 文件（{e.GetType().Name}）"));
        }
    }

    /// <summary>The rows after the header that hold anything, with the row number a spreadsheet shows.</summary>
    public static IEnumerable<(int Number, List<string?> Cells)> DataRows(List<List<string?>> cells) => cells.Skip(1)
        .Select((row, i) => (Number: i + 2, Cells: row))
        .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));

    private static RosterFileContent Failed(string reason) => new([], new RosterError(1, reason));

    private static ExcelType? KindOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ExcelType.CSV,
        ".xlsx" => ExcelType.XLSX,
        _ => null,
    };

    private static List<List<string?>> ReadCsv(byte[] content)
    {
        var encoding = IsUtf8(content) ? Encoding.UTF8 : Encoding.GetEncoding("GB18030");
        var configuration = new CsvConfiguration { StreamReaderFunc = s => new StreamReader(s, encoding, detectEncodingFromByteOrderMarks: true) };
        using var stream = new MemoryStream(content);
        return ToCells(stream.Query(useHeaderRow: false, excelType: ExcelType.CSV, configuration: configuration));
    }

    private static List<List<string?>> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return ToCells(stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX));
    }

    private static List<List<string?>> ToCells(IEnumerable<dynamic> rows) =>
        rows.Select(row => ((IDictionary<string, object?>)row).Values.Select(Text).ToList()).ToList();

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
