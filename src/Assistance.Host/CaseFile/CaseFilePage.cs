using System.Net;
using System.Text;

namespace Assistance.Host.CaseFile;

/// <summary>The case file as a printable zh-CN HTML page (A4, one table per section).</summary>
public static class CaseFilePage
{
    public static string Html(CaseFileModel file)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(CaseFileSections.Title(file))).Append("</title>")
            .Append("<style>@page{size:A4;margin:15mm}body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;font-size:10.5pt}")
            .Append("table{border-collapse:collapse;width:100%;margin-bottom:12pt}th,td{border:1px solid #444;padding:2pt 4pt;text-align:left;vertical-align:top}")
            .Append("h1{font-size:16pt;text-align:center}h2{font-size:12pt}.seal{font-family:monospace}</style></head><body>");
        html.Append("<h1>").Append(E(CaseFileSections.Title(file))).Append("</h1>");
        foreach (var line in CaseFileSections.Heading(file)) html.Append("<p>").Append(E(line)).Append("</p>");
        foreach (var table in CaseFileSections.Tables(file))
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2><table><thead><tr>");
            foreach (var header in table.Headers) html.Append("<th>").Append(E(header)).Append("</th>");
            html.Append("</tr></thead><tbody>");
            if (table.Rows.Count == 0) html.Append("<tr><td colspan=\"").Append(table.Headers.Count).Append("\">无</td></tr>");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
                html.Append("</tr>");
            }
            html.Append("</tbody></table>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
