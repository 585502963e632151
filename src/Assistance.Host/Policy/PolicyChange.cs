using System.Text.Json;
using System.Text.Json.Nodes;
using Assistance.Domain.Values;
using Assistance.Host.Core;
using Marten;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Host.Policy;

/// <summary>
/// A PUT or preview body read against the parameters in force at its <c>effectiveFrom</c>: the fields it names replace
/// those values, unknown or mistyped fields and values the rules cannot work with are 400s, keyed by field.
/// </summary>
public sealed record PolicyChange(YearMonth EffectiveFrom, PolicyParameters? Parameters, string? SetBy, string? Reason, IDictionary<string, string[]>? Errors)
{
    private static readonly string[] Envelope = ["effectiveFrom", "setBy", "reason"];

    /// <summary>Parameters whose null is a setting of its own (e.g. no 联审联批 amount line), not a missing value.</summary>
    private static readonly HashSet<string> Optional = typeof(PolicyParameters).GetProperties()
        .Where(p => Nullable.GetUnderlyingType(p.PropertyType) is not null)
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();

    public static async Task<PolicyChange> ReadAsync(string code, JsonObject body, IQuerySession session, CountyRegistry counties,
        JsonSerializerOptions json, CancellationToken ct)
    {
        var fields = new FieldReader(counties);
        fields.County("code", code);
        var effectiveFrom = fields.Month("effectiveFrom", Text(body, "effectiveFrom"));
        if (fields.HasErrors) return Failed(fields);

        var inForce = await Policies.InForceAsync(session, code, effectiveFrom, ct);
        var merged = JsonSerializer.SerializeToNode(inForce.Parameters, json)!.AsObject();
        foreach (var (key, value) in body)
        {
            if (Envelope.Contains(key)) continue;
            if (!merged.ContainsKey(key)) { fields.Add(key, "不是可设置的政策参数"); continue; }
            // The deserializer lets null through for objects, lists and list items; the rules would then fail on them.
            if (value is null && !Optional.Contains(key)) { fields.Add(key, "不能为空"); continue; }
            if (value is JsonArray items && items.Any(item => item is null)) { fields.Add(key, "不能含空项"); continue; }
            merged[key] = value?.DeepClone();
        }
        if (fields.HasErrors) return Failed(fields);

        PolicyParameters parameters;
        try
        {
            parameters = merged.Deserialize<PolicyParameters>(json)!;
        }
        catch (JsonException e)
        {
            fields.Add(e.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body", "数值或格式不正确");
            return Failed(fields);
        }
        foreach (var problem in PolicyParametersValidator.Validate(parameters)) fields.Add(problem.Field, problem.Message);
        return fields.HasErrors ? Failed(fields) : new PolicyChange(effectiveFrom, parameters, Text(body, "setBy"), Text(body, "reason"), null);

        PolicyChange Failed(FieldReader f) => new(effectiveFrom, null, null, null, f.Errors);
    }

    private static string? Text(JsonObject body, string key) =>
        body[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
