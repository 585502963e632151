using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// One spelling of a JSON value, whichever side wrote it: the serializer at append time, or PostgreSQL's jsonb text when
/// verifying (which reorders keys, drops whitespace and writes exponents out). Keys sorted by code unit, no whitespace,
/// strings written from their decoded value, numbers with an exponent written out in full.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Of(string json) => Of(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The canonical spelling of what the store's serializer writes for <paramref name="data"/>, without a string in between.</summary>
    public static byte[] Of(Marten.ISerializer serializer, object data)
    {
        var json = new ArrayBufferWriter<byte>(1024);
        serializer.WriteTo(json, data);
        return Of(json.WrittenMemory);
    }

    public static byte[] Of(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var buffer = new ArrayBufferWriter<byte>(utf8Json.Length);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Write(document.RootElement, writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                // Each name is decoded once (JsonProperty.Name decodes on every read); the index keeps equal names in order.
                var properties = new List<(string Name, int Index, JsonElement Value)>();
                foreach (var property in element.EnumerateObject()) properties.Add((property.Name, properties.Count, property.Value));
                properties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : a.Index.CompareTo(b.Index));
                foreach (var (name, _, value) in properties)
                {
                    writer.WritePropertyName(name);
                    Write(value, writer);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Write(item, writer);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number when JsonMarshal.GetRawUtf8Value(element).IndexOfAny((byte)'e', (byte)'E') >= 0:
                writer.WriteRawValue(Number(element.GetRawText()), skipInputValidation: true);
                break;
            default:
                writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(element), skipInputValidation: true);
                break;
        }
    }

    /// <remarks>jsonb keeps the scale of a number (1.50 stays 1.50) but writes exponents out (1E+20 comes back as 100000000000000000000).</remarks>
    private static string Number(string raw) =>
        decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value.ToString(CultureInfo.InvariantCulture) : raw;
}
