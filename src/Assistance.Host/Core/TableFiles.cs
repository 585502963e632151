using System.Globalization;
using System.Text;
using Assistance.Host.Access;
using MiniExcelLibs;

namespace Assistance.Host.Core;

/// <summary>Writes a table as an Excel workbook (.xlsx) or as CSV in UTF-8 with a BOM (so that Excel reads the Chinese right).</summary>
public static class TableFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static async Task<byte[]> XlsxAsync(ExportTable table, CancellationToken ct)
    {
        var rows = table.Rows.Select(cells =>
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < table.Headers.Count; i++) row[table.Headers[i]] = cells[i] is string text ? Protect(table, text) : cells[i];
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: table.Title, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    public static async Task<IResult> FileAsync(ExportTable table, string fileName, bool xlsx, CancellationToken ct) => xlsx
        ? Results.File(await XlsxAsync(table, ct), XlsxType, $"{fileName}.xlsx")
        : Results.File(Csv(table), CsvType, $"{fileName}.csv");

    public static byte[] Csv(ExportTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Headers.Select(Field)).Append("\r\n");
        foreach (var cells in table.Rows)
            text.AppendJoin(',', cells.Select(c => Field(c is string s ? NeutraliseFormula(Protect(table, s)) : Text(c)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Money and rates keep two decimals in CSV, as offices print them.</summary>
    private static string? Text(object? cell) => cell is decimal d ? d.ToString("0.00", CultureInfo.InvariantCulture) : Convert.ToString(cell, CultureInfo.InvariantCulture);

    private static string Protect(ExportTable table, string text) => table.FullIdNumbers ? text : IdNumberMasking.MaskWithin(text);

    /// <summary>
    /// A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets a leading
    /// apostrophe, so a member named "=HYPERLINK(…)" stays a name. Numbers are written as numbers and keep their sign.
    /// </summary>
    public static string NeutraliseFormula(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
