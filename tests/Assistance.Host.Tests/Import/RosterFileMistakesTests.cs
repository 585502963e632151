using System.Text;
using Assistance.Host.Import;
using Assistance.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistance.Host.Tests.Import;

/// <summary>
/// Ordinary mistakes in a roster file are rows of the error report, not a failed request; and a run that stops part-way
/// leaves its record and report, and importing the same file under its id again finishes exactly what is missing.
/// </summary>
public class RosterFileMistakesTests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private static string Row(int household, string? name = null) =>
        $"R{household:0000},140429,丰州镇,东关村,农村,低保,2020-01,585,{name ?? "张" + household},{IdOf(household)},户主,";

    private static string IdOf(int household) =>
        Households.Id("140429", new DateOnly(1940, 1, 1).AddDays(household).ToString("yyyyMMdd"), "015");

    private static byte[] Roster(int households, Func<int, string>? row = null, string prefix = "")
    {
        var text = new StringBuilder(string.Join(",", RosterFixture.Header)).Append('\n');
        for (var i = 1; i <= households; i++) text.Append(row?.Invoke(i) ?? Row(i)).Append('\n');
        return Encoding.UTF8.GetBytes(prefix + text);
    }

    [Fact]
    public async Task A_row_shorter_than_the_header_and_an_unterminated_quote_are_rows_of_the_report()
    {
        var content = Roster(4, i => i switch
        {
            2 => "R9002,140429,丰州镇",
            4 => Row(9004).Replace("东关村", "\"东关村"),
            _ => Row(9000 + i),
        });
        var summary = await ledger.Host.UploadAsync(content, "有错行.csv");

        RosterUploads.ErrorsOf(summary).Select(e => e.Row).ShouldBe([3, 5]);
        RosterUploads.ErrorsOf(summary)[0].Reason.ShouldStartWith("本行只有 3 列，表头有 12 列");
        RosterUploads.ErrorsOf(summary)[1].Reason.ShouldStartWith("引号未闭合");
        summary["imported"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task A_character_the_store_cannot_hold_in_household_650_of_700_is_one_report_row_and_the_rest_are_imported()
    {
        var content = Roster(700, i => i == 650 ? Row(1000 + i, "王\u0000五") : Row(1000 + i));
        var summary = await ledger.Host.UploadAsync(content, "第650户有坏字符.csv");

        var error = RosterUploads.ErrorsOf(summary).Single();
        error.Row.ShouldBe(651);
        error.Reason.ShouldContain("控制字符");
        summary["imported"]!.GetValue<int>().ShouldBe(699);
        summary["status"]!.GetValue<string>().ShouldBe("Finished");
    }

    [Fact]
    public async Task A_run_that_stops_after_its_first_batch_keeps_its_record_and_a_rerun_under_its_id_imports_exactly_the_rest()
    {
        var content = Roster(700, i => Row(3000 + i), prefix: "\uFEFF");
        var importId = Guid.CreateVersion7();
        using var stop = new CancellationTokenSource();
        var importer = ledger.Host.Services.GetRequiredService<RosterImporter>();

        await Should.ThrowAsync<OperationCanceledException>(() => importer.ImportAsync(content, "中断.csv", "测试", importId,
            new CancelAfterFirstBatch(stop), stop.Token));

        var stopped = await ledger.Host.Scenario(s => s.Get.Url($"/api/imports/{importId}"));
        var record = await stopped.ReadJsonNodeAsync();
        record.Text("status").ShouldBe("Failed");
        record["imported"]!.GetValue<int>().ShouldBe(500);
        record.Text("failure").ShouldContain("重新导入即可继续");

        using var client = ledger.Host.Server.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "中断.csv" } };
        var response = await client.PostAsync($"/api/imports?importId={importId}", form);
        var resumed = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((int)response.StatusCode).ShouldBe(200, resumed.ToJsonString());
        resumed.Text("status").ShouldBe("Finished");
        resumed["imported"]!.GetValue<int>().ShouldBe(700);
        resumed["skipped"]!.GetValue<int>().ShouldBe(0);
    }

    private sealed class CancelAfterFirstBatch(CancellationTokenSource stop) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Phase == "写入案件") stop.Cancel();
        }
    }
}
