using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Import;

/// <summary>Uploads a roster through <c>POST /api/imports</c> as the upload page does.</summary>
public static class RosterUploads
{
    public static async Task<JsonNode> UploadAsync(this IAlbaHost host, byte[] content, string fileName)
    {
        using var client = host.Server.CreateClient();
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { file, "file", fileName } };
        var response = await client.PostAsync("/api/imports", form);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, text);
        return JsonNode.Parse(text)!;
    }

    public static List<(string File, int Row, string Reason)> ErrorsOf(JsonNode summary) =>
        summary["errors"]!.AsArray().Select(e => (e!.Value<string>("file"), e.Value<int>("row"), e.Value<string>("reason"))).ToList();

}
