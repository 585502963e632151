using System.Text.Json;

namespace Assistance.Host.Core;

/// <summary>
/// What every JSON body must be before an endpoint reads it, checked once for all of them: not a bare <c>null</c>, no key
/// twice in one object (which value would count?), no <c>null</c> item in a list, and every key and text value within the
/// <see cref="StoredText"/> rule. Errors are keyed by the JSON path (<c>members[1].name</c>), as the endpoints key theirs.
/// A body that is not JSON at all is left to the endpoint, which answers it in its own terms.
/// </summary>
public static class JsonBodyCheck
{
    public const int MaxDepth = 32;

    /// <returns>The problems by path, empty when the body may go on; null when it is not JSON.</returns>
    public static Dictionary<string, string[]>? Check(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth }); }
        catch (JsonException) { return null; }
        using (document)
        {
            var errors = new Dictionary<string, string[]>();
            if (document.RootElement.ValueKind == JsonValueKind.Null) errors["body"] = ["请求体不能为 null，请按接口约定提交 JSON"];
            else Walk(document.RootElement, "", errors);
            return errors;
        }
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string[]> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try { name = property.Name; }
                    catch (InvalidOperationException) { name = "\0"; }
                    var at = path.Length == 0 ? name : $"{path}.{name}";
                    if (StoredText.Problem(name, StoredText.ShortLimit) is not null)
                        errors[path.Length == 0 ? "body" : path] = ["含有无法识别的字段名"];
                    else if (!seen.Add(name)) errors[at] = ["同一字段出现了多次，请只保留一个"];
                    else Walk(property.Value, at, errors);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var at = $"{path}[{index++}]";
                    if (item.ValueKind == JsonValueKind.Null) errors[at] = ["列表中不能有空项（null）"];
                    else Walk(item, at, errors);
                }
                break;
            case JsonValueKind.String:
                var field = path.Length == 0 ? "body" : path;
                string? text;
                try { text = element.GetString(); }
                catch (InvalidOperationException) { text = null; }
                if (text is null) errors[field] = ["含有无效的 Unicode 字符（不成对的代理项），请重新输入"];
                else if (StoredText.Problem(field, text) is { } problem) errors[field] = [problem];
                break;
        }
    }
}
