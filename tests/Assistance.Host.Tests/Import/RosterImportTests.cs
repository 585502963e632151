using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Assistance.Domain.Cases;
using Assistance.Domain.Import;
using Alba;
using Assistance.Host.Tests.Sample;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Events;
using MiniExcelLibs;

namespace Assistance.Host.Tests.Import;

/// <summary>One import and its re-run, on a database of their own (the first test to import here sees an empty ledger).</summary>
public class RosterImportTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{

    [Fact]
    public async Task Import_reports_every_bad_row_imports_only_whole_good_households_and_a_rerun_imports_nothing_twice()
    {
        await ledger.StartUpDailyJobDoneAsync(); // its review notes on the imported cases would otherwise race the event counts below
        var first = await ledger.Host.UploadAsync(RosterFixture.Csv(), "长治市存量低保.csv");

        first["households"]!.GetValue<int>().ShouldBe(8);
        first["imported"]!.GetValue<int>().ShouldBe(2);
        first["skipped"]!.GetValue<int>().ShouldBe(0);
        first["rejected"]!.GetValue<int>().ShouldBe(6);
        RosterUploads.ErrorsOf(first).ShouldBe(RosterFixture.ExpectedErrors.Select(e => ("长治市存量低保.csv", e.Row, e.Reason)).ToList());

        (await CasesHoldingAsync()).ShouldBe([RosterCaseId.For("140403", "H002"), RosterCaseId.For("140429", "H001")], ignoreOrder: true);

        var again = await ledger.Host.UploadAsync(RosterFixture.Csv(), "长治市存量低保.csv");
        again["imported"]!.GetValue<int>().ShouldBe(0);
        again["skipped"]!.GetValue<int>().ShouldBe(2);
        RosterUploads.ErrorsOf(again).ShouldBe(RosterUploads.ErrorsOf(first));
        (await CasesHoldingAsync()).Count.ShouldBe(2);
        await using var session = ledger.Store.QuerySession();
        (await session.Events.FetchStreamAsync(RosterCaseId.For("140429", "H001"))).Count.ShouldBe(1);
    }

    /// <summary>The cases in the ledger that hold any person of the fixture roster.</summary>
    private async Task<List<Guid>> CasesHoldingAsync()
    {
        await using var session = ledger.Store.QuerySession();
        var cases = await session.Query<HouseholdCase>().ToListAsync();
        return cases.Where(c => c.Members.Any(m => RosterFixture.Rows.Any(r => r[9] == m.IdNumber))).Select(c => c.Id).ToList();
    }
}

/// <summary>The case an import creates, on a database of its own.</summary>
public class ImportedCaseTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task An_imported_household_is_an_enrolled_case_whose_entitlement_runs_from_its_original_enrolment_month()
    {
        await ledger.Host.UploadAsync(RosterFixture.Csv(), "长治市存量低保.csv");
        var view = await ledger.Host.GetCaseAsync(RosterCaseId.For("140429", "H001"));

        view.Value<string>("status").ShouldBe("Enrolled");
        view.Value<string>("program").ShouldBe("Dibao");
        view.Value<int>("enrolledPersons").ShouldBe(3);
        view.Value<decimal>("monthlyAmount").ShouldBe(1560m);
        view.Value<string>("effectiveMonth").ShouldBe("2019-03");
        var segment = view["segments"]!.AsArray().Single()!;
        segment.Value<string>("from").ShouldBe("2019-03");
        segment["to"].ShouldBeNull();
        segment.Value<int>("persons").ShouldBe(3);

        var history = await ledger.Host.Scenario(s => s.Get.Url($"/api/households/{RosterCaseId.For("140429", "H001")}/history"));
        var first = (await history.ReadJsonNodeAsync()).AsArray()[0]!;
        first.Value<string>("type").ShouldBe(nameof(RosterCaseImported));
        first["data"]!.Value<string>("sourceFile").ShouldBe("长治市存量低保.csv");
        first["data"]!["sourceRows"]!.AsArray().Select(r => r!.GetValue<int>()).ShouldBe([2, 3, 4]);
    }

    [Fact]
    public async Task Imported_households_count_in_the_statistics_from_their_original_enrolment_month()
    {
        await ledger.Host.UploadAsync(RosterFixture.Csv(), "长治市存量低保.csv");
        await ledger.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var growth = await ledger.Host.GrowthAsync("2019-02", "2024-12");
        var counties = growth["counties"]!.AsArray().ToDictionary(c => c!.Value<string>("countyCode"), c => c!);
        counties["140429"]!.Value<int>("baselinePersons").ShouldBe(0);
        counties["140429"]!.Value<int>("persons").ShouldBe(3);
        counties["140403"]!.Value<int>("persons").ShouldBe(1);
        growth["total"]!.Value<int>("persons").ShouldBe(4);
    }

    /// <summary>The cases in the ledger that hold any person of the fixture roster.</summary>
    private async Task<List<Guid>> CasesHoldingAsync()
    {
        await using var session = ledger.Store.QuerySession();
        var cases = await session.Query<HouseholdCase>().ToListAsync();
        return cases.Where(c => c.Members.Any(m => RosterFixture.Rows.Any(r => r[9] == m.IdNumber))).Select(c => c.Id).ToList();
    }
}

/// <summary>Formats, the report download and the imported case; these tests share a database and tolerate earlier imports of the same roster.</summary>
public class RosterImportFormatTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task The_error_report_downloads_as_csv_with_file_row_and_reason()
    {
        var summary = await ledger.Host.UploadAsync(RosterFixture.Csv(), "报告.csv");
        var report = await ledger.Host.Scenario(s =>
        {
            s.Get.Url(summary["reportUrl"]!.GetValue<string>());
            s.StatusCodeShouldBeOk();
        });
        var lines = (await report.ReadAsTextAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("文件,行号,原因");
        lines.Skip(1).ShouldBe(RosterFixture.ExpectedErrors.Select(e => $"报告.csv,{e.Row},{(e.Reason.Contains(',') ? $"\"{e.Reason}\"" : e.Reason)}"));
    }

    [Fact]
    public async Task The_error_report_downloads_as_xlsx_with_the_same_rows_as_the_csv()
    {
        var summary = await ledger.Host.UploadAsync(RosterFixture.Csv(), "报告.csv");
        var bytes = await ledger.Host.Server.CreateClient().GetByteArrayAsync($"/api/imports/{summary["importId"]!.GetValue<Guid>()}/report.xlsx");
        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => (Convert.ToInt32(r["行号"]), (string)r["原因"])).ShouldBe(RosterFixture.ExpectedErrors);
        rows.ShouldAllBe(r => (string)r["文件"] == "报告.csv");
    }

    [Fact]
    public async Task A_reused_import_id_is_a_409_and_keeps_the_earlier_report()
    {
        var first = await ledger.Host.UploadAsync(RosterFixture.Csv(), "第一次.csv");
        var importId = first["importId"]!.GetValue<Guid>();

        using var client = ledger.Host.Server.CreateClient();
        using var file = new ByteArrayContent(RosterFixture.Csv());
        using var form = new MultipartFormDataContent { { file, "file", "第二次.csv" } };
        var response = await client.PostAsync($"/api/imports?importId={importId}", form);
        ((int)response.StatusCode).ShouldBe(409);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var kept = await ledger.Host.Scenario(s => s.Get.Url($"/api/imports/{importId}"));
        (await kept.ReadJsonNodeAsync()).Text("file").ShouldBe("第一次.csv");
    }

    [Fact]
    public async Task An_imported_case_takes_the_ordinary_commands_afterwards()
    {
        await ledger.Host.UploadAsync(RosterFixture.Csv(), "长治市存量低保.csv");
        var id = RosterCaseId.For("140403", "H002");
        await ledger.Host.PostAsync(id, "exits", new { reason = "Death", effectiveMonth = "2025-04", decidedBy = "民政局" });
        var view = await ledger.Host.GetCaseAsync(id);
        view.Value<string>("status").ShouldBe("Exited");
        view["segments"]!.AsArray().Single()!.Value<string>("to").ShouldBe("2025-03");
    }

    [Fact]
    public async Task An_xlsx_roster_and_a_gb18030_csv_read_the_same_as_utf8()
    {
        var xlsx = new MemoryStream();
        var rows = RosterFixture.Rows.Select(r => RosterFixture.Header.Zip(r).ToDictionary(c => c.First, c => (object)c.Second)).ToList();
        await xlsx.SaveAsAsync(rows);
        var fromExcel = await ledger.Host.UploadAsync(xlsx.ToArray(), "花名册.xlsx");
        RosterUploads.ErrorsOf(fromExcel).Select(e => (e.Row, e.Reason)).ShouldBe(RosterFixture.ExpectedErrors);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = await ledger.Host.UploadAsync(RosterFixture.Csv(Encoding.GetEncoding("GB18030")), "花名册-gbk.csv");
        RosterUploads.ErrorsOf(gb).Select(e => (e.Row, e.Reason)).ShouldBe(RosterFixture.ExpectedErrors);
        gb["skipped"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task The_upload_page_is_served_in_chinese_with_the_file_input_and_progress()
    {
        var page = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/import/index.html");
            s.StatusCodeShouldBeOk();
            s.ContentTypeShouldBe("text/html; charset=utf-8");
        });
        var html = await page.ReadAsTextAsync();
        html.ShouldContain("<html lang=\"zh-CN\">");
        html.ShouldContain("type=\"file\"");
        html.ShouldContain("<progress");
        html.ShouldContain("<script src=\"import.js\"></script>");
        var script = await (await ledger.Host.Scenario(s => { s.Get.Url("/import/import.js"); s.StatusCodeShouldBeOk(); })).ReadAsTextAsync();
        script.ShouldContain("/api/imports?importId=");
    }

    [Fact]
    public async Task A_file_without_the_roster_columns_is_refused_as_a_whole()
    {
        var summary = await ledger.Host.UploadAsync(Encoding.UTF8.GetBytes("姓名,身份证号\n张三,140429197003080111\n"), "不全.csv");
        summary["imported"]!.GetValue<int>().ShouldBe(0);
        var error = RosterUploads.ErrorsOf(summary).Single();
        error.Row.ShouldBe(1);
        error.Reason.ShouldStartWith("表头缺少列：户编号、县区代码、城乡、救助类别、纳入年月、月保障金、与户主关系");
    }

    [Fact]
    public async Task An_upload_without_a_supported_file_is_a_400_problem()
    {
        using var client = ledger.Host.Server.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "roster.pdf" } };
        var response = await client.PostAsync("/api/imports", form);
        ((int)response.StatusCode).ShouldBe(400);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["errors"]!["file"]![0]!.GetValue<string>().ShouldContain("roster.pdf");
    }

    /// <summary>The cases in the ledger that hold any person of the fixture roster.</summary>
    private async Task<List<Guid>> CasesHoldingAsync()
    {
        await using var session = ledger.Store.QuerySession();
        var cases = await session.Query<HouseholdCase>().ToListAsync();
        return cases.Where(c => c.Members.Any(m => RosterFixture.Rows.Any(r => r[9] == m.IdNumber))).Select(c => c.Id).ToList();
    }
}
