using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Assistance.Host.Statistics.Export;

/// <summary>Writes a statistics table as an Excel workbook (.xlsx) or as CSV in UTF-8 with a BOM (so that Excel reads the Chinese right).</summary>
public static class TableFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static async Task<byte[]> XlsxAsync(StatisticsTable table, CancellationToken ct)
    {
        var rows = table.Rows.Select(cells =>
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < table.Headers.Count; i++) row[table.Headers[i]] = cells[i];
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: table.Title, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    public static byte[] Csv(StatisticsTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Headers.Select(Field)).Append("\r\n");
        foreach (var cells in table.Rows) text.AppendJoin(',', cells.Select(c => Field(Convert.ToString(c, CultureInfo.InvariantCulture)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
