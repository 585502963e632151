using System.Text;
using Alba;
using Assistance.Host.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assistance.Host.Tests.Statistics;

/// <summary>The Excel and CSV exports, read back with the Open XML SDK and compared with the JSON endpoints.</summary>
public class StatisticsExportTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private IAlbaHost Host => ledger.Host;

    [Fact]
    public async Task Excel_and_csv_exports_carry_the_numbers_of_the_api()
    {
        ledger.Today(2025, 3, 10);
        await Host.EnrolAsync("140429", "Rural", "2024-12", 3);
        await Host.EnrolAsync("140403", "Urban", "2025-02", 2);
        var leaving = await Host.EnrolAsync("140431", "Rural", "2024-12", 4);
        await Host.ExitAsync(leaving, "MovedAway", "2025-03");
        await Host.WaitForStatisticsAsync();

        var api = (await Host.GetJsonAsync("/api/statistics/monthly?month=2025-03")).AsArray();
        var sheet = Sheet(await DownloadAsync("/api/statistics/monthly.xlsx?month=2025-03", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        sheet.Count.ShouldBe(1 + 12 + 1);
        var header = sheet[0];
        header[..10].ShouldBe(["县区代码", "县区名称", "月份", "救助类别", "期初人数", "期初户数", "新增人数", "新增户数", "退出人数", "退出户数"]);
        header.ShouldContain("退出人数（迁出）");
        foreach (var row in api)
        {
            var line = sheet.Single(l => l[0] == row!.Text("countyCode"));
            line[1].ShouldBe(row!.Text("countyName"));
            line[3].ShouldBe("低保");
            foreach (var (column, field) in MonthlyColumns)
                line[Array.IndexOf(header, column)].ShouldBe(row.Value<int>(field).ToString(), $"{row.Text("countyName")} {column}");
            line[Array.IndexOf(header, "退出人数（迁出）")].ShouldBe(row.Value<int>("exitsByReason.MovedAway.persons").ToString());
        }
        var total = sheet[^1];
        total[1].ShouldBe("全市合计");
        total[Array.IndexOf(header, "期末人数")].ShouldBe(api.Sum(r => r!.Value<int>("closingPersons")).ToString());
        total[Array.IndexOf(header, "退出人数")].ShouldBe("4");

        var growth = await Host.GetJsonAsync("/api/statistics/growth?baseline=2024-12&month=2025-03");
        var growthSheet = Sheet(await DownloadAsync("/api/statistics/growth.xlsx?baseline=2024-12&month=2025-03", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        growthSheet[0].ShouldBe(["县区代码", "县区名称", "基期", "报告期", "基期人数", "报告期人数", "净增人数", "增幅（%）", "基期户数", "报告期户数"]);
        foreach (var county in growth["counties"]!.AsArray())
        {
            var line = growthSheet.Single(l => l[0] == county!.Text("countyCode"));
            line[4..7].ShouldBe([county!.Value<int>("baselinePersons").ToString(), county.Value<int>("persons").ToString(), county.Value<int>("netGrowth").ToString()]);
            var rate = county["growthRate"]?.GetValue<decimal>();
            (line[7] == "" ? (decimal?)null : decimal.Parse(line[7])).ShouldBe(rate is { } r ? Math.Round(r * 100, 2) : null);
        }
        growthSheet[^1][4..8].ShouldBe(["7", "5", "-2", "-28.57"]);
        growth.Value<decimal>("total.growthRate").ShouldBe(-0.2857m);

        var csv = await DownloadAsync("/api/statistics/growth.csv?baseline=2024-12&month=2025-03", "text/csv; charset=utf-8");
        csv[..3].ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("县区代码,县区名称,基期,报告期,基期人数,报告期人数,净增人数,增幅（%）,基期户数,报告期户数");
        lines.ShouldContain("140431,沁源县,2024-12,2025-03,4,0,-4,-100.00,1,0");
        lines.ShouldContain("140403,潞州区,2024-12,2025-03,0,2,2,,0,1");
        lines[^1].ShouldBe(",全市合计,2024-12,2025-03,7,5,-2,-28.57,2,2");

        var monthlyCsv = Encoding.UTF8.GetString((await DownloadAsync("/api/statistics/monthly.csv?month=2025-03&countyCode=140431", "text/csv; charset=utf-8"))[3..]);
        monthlyCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        monthlyCsv.ShouldContain("140431,沁源县,2025-03,低保,4,1,0,0,4,1,");
    }

    private static readonly (string Column, string Field)[] MonthlyColumns =
    [
        ("期初人数", "openingPersons"), ("期初户数", "openingHouseholds"), ("新增人数", "newPersons"), ("新增户数", "newHouseholds"),
        ("退出人数", "exitedPersons"), ("退出户数", "exitedHouseholds"), ("期末人数", "closingPersons"), ("期末户数", "closingHouseholds"),
        ("净增人数", "netGrowthPersons"), ("城市期末人数", "urban.closingPersons"), ("农村期末人数", "rural.closingPersons"),
    ];

    private async Task<byte[]> DownloadAsync(string url, string contentType)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe(contentType);
        });
        using var copy = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>The first worksheet as text cells, row by row (blank cells as "").</summary>
    private static List<string[]> Sheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var sheet = workbook.WorksheetParts.First().Worksheet;
        return sheet.Descendants<Row>().Select(row =>
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!.Value!)) + 1;
            var values = Enumerable.Repeat("", width).ToArray();
            foreach (var cell in cells)
            {
                var text = cell.CellValue?.InnerText ?? cell.InlineString?.InnerText ?? "";
                values[Column(cell.CellReference!.Value!)] = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(text)] : text;
            }
            return values;
        }).ToList();
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1) - 1;
}
