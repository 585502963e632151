using System.Text.Json;
using System.Text.Json.Nodes;
using Assistance.Domain.Values;
using Assistance.Host.Storage;

namespace Assistance.Host.Access;

/// <summary>
/// Hides the birth date and sequence of every resident ID number in what is answered (140429********1234). Numbers are
/// recognised by their check digit rather than by field name, so a field added later cannot leak them.
/// </summary>
public static partial class IdNumberMasking
{
    /// <summary>Every valid ID number inside the text masked; other digits (amounts, case numbers) stay as they are.</summary>
    public static string MaskWithin(string text) => text.Length < 18 ? text
        : Candidate().Replace(text, m => IdNumber.Check(m.Value) is null ? IdNumber.Mask(m.Value) : m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])")]
    private static partial System.Text.RegularExpressions.Regex Candidate();

    public static JsonNode? MaskAll(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList()) obj[key] = MaskAll(child);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) array[i] = MaskAll(array[i]?.DeepClone());
                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: >= 18 } text:
                return JsonValue.Create(MaskWithin(text));
            default:
                return node;
        }
    }

    /// <summary>An answer as it is, or serialised with the ledger's JSON dialect and masked.</summary>
    public static IResult Answer<T>(T value, bool reveal) =>
        reveal ? Results.Ok(value) : Results.Ok(MaskAll(JsonSerializer.SerializeToNode(value, JsonSetup.Options)));
}
