using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Assistance.Domain.Worklists;
using Assistance.Host.Tests.Support;
using CsCheck;
using Marten;
using Xunit.Abstractions;

namespace Assistance.Host.Tests.Operations;

/// <summary>
/// Property: whatever path, query and body a caller sends to any operation of the OpenAPI document, the answer is never a
/// 500, and a refused request (4xx) writes nothing. A bounded number of requests in CI; set <c>LEDGER_FUZZ_REQUESTS</c> for more.
/// </summary>
public class MalformedRequestFuzzTests(LedgerFixture ledger, ITestOutputHelper output) : IClassFixture<LedgerFixture>
{
    private sealed record Operation(string Method, string Template, IReadOnlyList<string> Query);

    private sealed record FuzzRequest(Operation Operation, string Url, string Kind, string? Body, string? FileName)
    {
        public override string ToString() => $"{Operation.Method} {Url} [{Kind}] {FileName} {Body?[..Math.Min(Body.Length, 300)]}";
    }

    private static readonly string[] Texts =
    [
        "", " ", "\u0000", "a\u0000b", "\ud800", "\udc00x", "%00", "null", "-1", "0", "1e309", "99999999999999999999999",
        "2025-13-01", "2025-01-06", "2025-01", "9999-12", "140429", "999999", "Dibao", "Self", "Enrolled", "true",
        "王大山", Households.ApplicantId, "<script>alert(1)</script>", "'; drop table x; --", "=cmd|' /C calc'!A0",
        new string('长', 300), "../../etc/passwd", "\r\n", "\u202e", "😀",
    ];

    private static Gen<string> Text => Gen.OneOf(Texts);

    private static string JsonString(string s) =>
        "\"" + string.Concat(s.Select(c => c < 0x20 || char.IsSurrogate(c) || c is '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";

    private static Gen<string> Json(IReadOnlyList<string> keys, int depth)
    {
        var scalar = Pick((1, Text.Select(JsonString)),
            (1, Gen.OneOf("null", "true", "false", "0", "-1", "1.005", "1e30", "12345678901234567890", "[]", "{}")));
        if (depth == 0) return scalar;
        var inner = Json(keys, depth - 1);
        var key = Pick((4, Gen.OneOf([.. keys])), (1, Text));
        var array = inner.Array[0, 3].Select(items => "[" + string.Join(",", items) + "]");
        var obj = Gen.Select(key, inner).Array[0, 6].Select(pairs => "{" + string.Join(",", pairs.Select(p => JsonString(p.Item1) + ":" + p.Item2)) + "}");
        return Pick((2, scalar), (1, array), (4, obj));
    }

    private static Gen<T> Pick<T>(params (int Weight, Gen<T> Gen)[] choices) =>
        Gen.Frequency(choices.Select(c => (c.Weight, (IGen<T>)c.Gen)).ToArray());

    private static Gen<FuzzRequest> Requests(IReadOnlyList<Operation> operations, IReadOnlyList<string> keys, IReadOnlyList<string> pathValues)
    {
        // Kestrel itself answers 400 to a NUL in the path before the ledger sees it (the test server throws instead).
        var pathValue = Pick((3, Gen.OneOf([.. pathValues])), (1, Text.Where(t => !t.Contains('\0'))));
        return
            from operation in Gen.OneOf([.. operations])
            from values in pathValue.Array[4]
            from query in Gen.Select(Gen.OneOf([.. operation.Query, "x", "page"]), Text).Array[0, 3]
            from kind in Gen.OneOf("none", "json", "json", "json", "raw", "multipart", "multipart-no-boundary", "csv")
            from body in kind == "raw" ? Text : Json(keys, 3)
            from fileName in Gen.OneOf("roster.csv", "a.xlsx", "x\u0000.csv", "..\\..\\b.csv", "", "长.csv")
            select new FuzzRequest(operation, Url(operation.Template, values, query), kind, body, kind.StartsWith("multipart") ? fileName : null);
    }

    private static string Url(string template, string[] values, (string, string)[] query)
    {
        var i = 0;
        var path = System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", _ => Uri.EscapeDataString(values[i++ % values.Length]));
        return query.Length == 0 ? path : path + "?" + string.Join("&", query.Select(q => Uri.EscapeDataString(q.Item1) + "=" + Uri.EscapeDataString(q.Item2)));
    }

    private static HttpContent? ContentOf(FuzzRequest request)
    {
        switch (request.Kind)
        {
            case "json": case "raw": return new StringContent(request.Body!, Encoding.UTF8, "application/json");
            case "csv": return new StringContent(request.Body!, Encoding.UTF8, "text/csv");
            case "multipart":
                var file = new ByteArrayContent(Encoding.UTF8.GetBytes("idNumber,sourceDepartment,kind,date\n" + request.Body));
                var form = new MultipartFormDataContent();
                form.Add(file, "file", "placeholder.csv");
                file.Headers.ContentDisposition!.FileName = null;
                file.Headers.ContentDisposition.FileNameStar = request.FileName;
                return form;
            case "multipart-no-boundary":
                var bare = new StringContent("--b\r\n" + request.Body);
                bare.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
                return bare;
            default: return null;
        }
    }

    /// <summary>What a refused request must leave as it was: events written on a caller's behalf and documents commands store.</summary>
    private async Task<long> WrittenAsync()
    {
        await using var session = ledger.Store.QuerySession();
        var events = await session.QueryAsync<long>(
            "select count(*) from assistance.mt_events where user_name is distinct from ?", TimeCausedEvents.System);
        return events.Single()
               + await session.Query<Assistance.Domain.Calendar.HolidayScheduleDocument>().CountAsync()
               + await session.Query<Assistance.Host.Import.RosterImportRun>().CountAsync();
    }

    [Fact]
    public async Task No_request_to_any_operation_is_answered_500_and_no_refused_request_writes()
    {
        ledger.Today(2025, 3, 3);
        var caseId = await ledger.Host.ApplyAsync();
        using var client = ledger.Host.Server.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = (
            from path in document["paths"]!.AsObject()
            from method in path.Value!.AsObject()
            let parameters = method.Value!["parameters"]?.AsArray() ?? []
            select new Operation(method.Key.ToUpperInvariant(), path.Key,
                [.. parameters.Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>())])).ToList();
        operations.Count.ShouldBeGreaterThan(30);
        var keys = document.ToJsonString().Split('"').Where(k => k.Length is > 1 and < 30 && char.IsLower(k[0]) && k.All(char.IsLetterOrDigit)).Distinct().ToList();
        string[] pathValues = [caseId.ToString(), Guid.Empty.ToString(), Guid.NewGuid().ToString(), "140429", "2025-02", "2026", "pending-applications"];
        var requests = int.TryParse(Environment.GetEnvironmentVariable("LEDGER_FUZZ_REQUESTS"), out var n) ? n : 400;

        await Requests(operations, keys, pathValues).SampleAsync(async request =>
        {
            var before = await WrittenAsync();
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url) { Content = ContentOf(request) });
            var answer = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBeLessThan(500, answer);
            if ((int)response.StatusCode >= 400) (await WrittenAsync()).ShouldBe(before, answer);
        }, writeLine: output.WriteLine, iter: requests, threads: 1, print: r => r.ToString());
    }
}
