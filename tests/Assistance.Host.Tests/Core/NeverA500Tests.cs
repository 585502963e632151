using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Assistance.Host.Tests.Support;
using Marten;

namespace Assistance.Host.Tests.Core;

/// <summary>
/// One request for each cause of the 500s a probe of malformed requests found (issue 13): each is now a zh-CN 4xx that
/// names the field at fault, and the store holds exactly what it held before.
/// </summary>
public class NeverA500Tests(LedgerFixture ledger) : IClassFixture<LedgerFixture>
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(string method, string url, HttpContent? content = null)
    {
        using var client = ledger.Host.Server.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text) : null);
    }

    private static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    /// <summary>Events plus the documents commands write directly: what a refused request must leave unchanged.</summary>
    private async Task<long> StoredRowsAsync()
    {
        await using var session = ledger.Store.QuerySession();
        return await session.Events.QueryAllRawEvents().CountAsync()
               + await session.Query<Assistance.Domain.Calendar.HolidayScheduleDocument>().CountAsync()
               + await session.Query<Assistance.Host.Import.RosterImportRun>().CountAsync();
    }

    private async Task ShouldRefuseAsync(string method, string url, HttpContent? content, HttpStatusCode status, string? field)
    {
        var before = await StoredRowsAsync();
        var (answered, problem) = await SendAsync(method, url, content);
        answered.ShouldBe(status, problem?.ToJsonString());
        if (field is not null) problem!["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field);
        problem!["title"]!.GetValue<string>().ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        (await StoredRowsAsync()).ShouldBe(before);
    }

    private async Task<Guid> CaseAsync()
    {
        ledger.Today(2025, 3, 3);
        return await ledger.Host.ApplyAsync();
    }

    [Fact]
    public async Task A_NUL_character_in_any_stored_text_is_a_400_on_that_field()
    {
        var id = await CaseAsync();
        await ShouldRefuseAsync("POST", $"/api/households/{id}/commitments",
            Json("""{"applicantSigned":true,"agencySigned":true,"signedOn":"2025-03-03","signatureRef":"E\u0000"}"""),
            HttpStatusCode.BadRequest, "signatureRef");
        await ShouldRefuseAsync("POST", "/api/households",
            Json("""{"countyCode":"140429","members":[{"name":"王\u0000"}]}"""), HttpStatusCode.BadRequest, "members[0].name");
    }

    [Fact]
    public async Task A_body_of_just_null_is_a_400()
    {
        var id = await CaseAsync();
        await ShouldRefuseAsync("POST", $"/api/households/{id}/exits", Json("null"), HttpStatusCode.BadRequest, "body");
        await ShouldRefuseAsync("PUT", "/api/counties/140429/policy", Json("null"), HttpStatusCode.BadRequest, "body");
        await ShouldRefuseAsync("PUT", "/api/calendar/2026", Json("null"), HttpStatusCode.BadRequest, "body");
    }

    [Theory]
    [InlineData("exits")]
    [InlineData("commitments")]
    [InlineData("decisions")]
    [InlineData("member-changes")]
    public async Task A_command_on_the_all_zero_case_id_is_a_404(string step) =>
        await ShouldRefuseAsync("POST", $"/api/households/{Guid.Empty}/{step}", Json("{}"), HttpStatusCode.NotFound, null);

    [Fact]
    public async Task A_repeated_key_in_the_policy_body_is_a_400_on_that_key() =>
        await ShouldRefuseAsync("PUT", "/api/counties/140429/policy",
            Json("""{"effectiveFrom":"2026-01","effectiveFrom":"2027-01"}"""), HttpStatusCode.BadRequest, "effectiveFrom");

    [Fact]
    public async Task A_lone_surrogate_in_a_policy_field_is_a_400() =>
        await ShouldRefuseAsync("PUT", "/api/counties/140429/policy",
            Json("""{"effectiveFrom":"2026-01","reason":"\ud800"}"""), HttpStatusCode.BadRequest, "reason");

    [Fact]
    public async Task A_NUL_in_a_query_string_is_a_400_on_that_parameter() =>
        await ShouldRefuseAsync("GET", "/api/worklists/pending-applications?countyCode=140429&township=%00", null,
            HttpStatusCode.BadRequest, "township");

    [Fact]
    public async Task Null_items_in_a_list_are_a_400_keyed_by_their_index()
    {
        await ShouldRefuseAsync("PUT", "/api/calendar/2026", Json("""{"holidays":[null],"makeUpWorkingDays":[]}"""),
            HttpStatusCode.BadRequest, "holidays[0]");
        await ShouldRefuseAsync("POST", "/api/data-comparisons", Json("[null]"), HttpStatusCode.BadRequest, "[0]");
    }

    [Theory]
    [InlineData("/api/imports")]
    [InlineData("/api/data-comparisons/file")]
    public async Task A_multipart_body_without_a_boundary_or_cut_short_is_a_400_on_file(string url)
    {
        var noBoundary = new ByteArrayContent("--x\r\n"u8.ToArray());
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        await ShouldRefuseAsync("POST", url, noBoundary, HttpStatusCode.BadRequest, "file");

        var cutShort = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nab"u8.ToArray());
        cutShort.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        await ShouldRefuseAsync("POST", url, cutShort, HttpStatusCode.BadRequest, "file");
    }

    [Theory]
    [InlineData("/api/imports")]
    [InlineData("/api/data-comparisons/file")]
    public async Task A_file_name_the_store_cannot_hold_is_a_400_on_file(string url)
    {
        var file = new ByteArrayContent("idNumber\n"u8.ToArray());
        var form = new MultipartFormDataContent();
        form.Add(file, "file", "x.csv");
        file.Headers.ContentDisposition!.FileNameStar = "花名册\u0000.csv";
        await ShouldRefuseAsync("POST", url, form, HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task A_member_name_beyond_its_limit_is_a_400_and_a_body_beyond_a_megabyte_a_413()
    {
        await ShouldRefuseAsync("POST", "/api/households",
            Json($$"""{"countyCode":"140429","members":[{"name":"{{new string('王', 201)}}"}]}"""), HttpStatusCode.BadRequest, "members[0].name");
        await ShouldRefuseAsync("POST", "/api/households",
            Json($$"""{"countyCode":"140429","members":[{"name":"{{new string('x', 2_000_000)}}"}]}"""), HttpStatusCode.RequestEntityTooLarge, null);
    }

    [Fact]
    public async Task An_upload_beyond_the_file_limit_is_a_413()
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[6 * 1024 * 1024]), "file", "big.csv" } };
        await ShouldRefuseAsync("POST", "/api/data-comparisons/file", form, HttpStatusCode.RequestEntityTooLarge, null);
    }
}
