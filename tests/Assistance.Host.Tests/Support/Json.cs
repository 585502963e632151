using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;

namespace Assistance.Host.Tests.Support;

public static class Json
{
    public static async Task<JsonNode> ReadJsonNodeAsync(this IScenarioResult result) =>
        JsonNode.Parse(await result.ReadAsTextAsync())!;

    /// <summary>The string at <paramref name="path"/> (dot-separated names and indexes); fails the test when it is missing.</summary>
    public static string Text([NotNull] this JsonNode? node, string path) => Required(node, path).GetValue<string>();

    public static T Value<T>([NotNull] this JsonNode? node, string path) => Required(node, path).GetValue<T>();

    public static JsonNode? Find(JsonNode? node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('.'))
            current = int.TryParse(part, out var i) ? current?[i] : current?[part];
        return current;
    }

    private static JsonNode Required([NotNull] JsonNode? node, string path)
    {
        if (node is null) throw new InvalidOperationException($"No JSON to read '{path}' from");
        return Find(node, path) ?? throw new InvalidOperationException($"No value at '{path}' in {node.ToJsonString()}");
    }
}
