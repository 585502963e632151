using System.Text;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Import;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Outreach;

/// <summary>Department rosters and the ledger's own roster as CSV bodies, and the calls that upload them.</summary>
public static class OutreachRosters
{
    public static readonly string[] Header = ["name", "idNumber", "countyCode", "township", "village", "category", "source"];

    public static byte[] Csv(params string[][] rows)
    {
        var text = new StringBuilder().AppendLine(string.Join(",", Header));
        foreach (var row in rows) text.AppendLine(string.Join(",", row));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static async Task<JsonNode> UploadOutreachAsync(this IAlbaHost host, byte[] csv, string fileName = "残联重残名册.csv")
    {
        var result = await host.Scenario(s =>
        {
            s.Post.ByteArray(csv).ToUrl("/api/outreach/rosters").QueryString("fileName", fileName);
            s.WithRequestHeader("Content-Type", "text/csv; charset=utf-8");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
    }

    /// <summary>Enrolled households through the ledger's own roster import (one person each).</summary>
    public static Task<JsonNode> ImportEnrolledAsync(this IAlbaHost host, params (string Number, string County, string Name, string IdNumber)[] households)
    {
        var text = new StringBuilder().AppendLine(string.Join(",", RosterFixture.Header));
        foreach (var h in households)
            text.AppendLine(string.Join(",", h.Number, h.County, "某镇", "某村", "农村", "低保", "2020-01", "585", h.Name, h.IdNumber, "户主", "一级"));
        return host.UploadAsync(Encoding.UTF8.GetBytes(text.ToString()), "存量低保.csv");
    }

    public static async Task<JsonNode> OutreachListAsync(this IAlbaHost host, string query = "countyCode=140429")
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url($"/api/worklists/outreach?{query}");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
    }
}
