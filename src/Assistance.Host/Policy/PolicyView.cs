using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Assistance.Domain.Policy;

namespace Assistance.Host.Policy;

/// <summary>The parameters in force with the version that carries them, flattened as the contract asks (dibaoStandardUrban, … at the top).</summary>
public static class PolicyView
{
    public static JsonObject Of(string countyCode, string countyName, YearMonth month, PolicyVersion version, JsonSerializerOptions json)
    {
        var body = new JsonObject
        {
            ["countyCode"] = countyCode,
            ["countyName"] = countyName,
            ["month"] = month.ToString("yyyy-MM", null),
            ["effectiveFrom"] = version.EffectiveFrom.ToString("yyyy-MM", null),
            ["version"] = version.Version,
            ["isDefault"] = version.Version == 0,
            ["setBy"] = version.SetBy,
            ["reason"] = version.Reason,
        };
        foreach (var (key, value) in JsonSerializer.SerializeToNode(version.Parameters, json)!.AsObject())
            body[key] = value?.DeepClone();
        return body;
    }
}
