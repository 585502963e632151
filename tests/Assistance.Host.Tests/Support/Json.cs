using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;

namespace Assistance.Host.Tests.Support;

public static class Json
{
    public static async Task<JsonNode> ReadJsonNodeAsync(this IScenarioResult result) =>
        JsonNode.Parse(await result.ReadAsTextAsync())!;

    public static string Text(this JsonNode node, string path) => Find(node, path)!.GetValue<string>();

    public static T Value<T>(this JsonNode node, string path) => Find(node, path)!.GetValue<T>();

    public static JsonNode? Find(JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('.'))
            current = int.TryParse(part, out var i) ? current?[i] : current?[part];
        return current;
    }
}
