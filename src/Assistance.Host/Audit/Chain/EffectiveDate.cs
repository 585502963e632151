using System.Text.Json;

namespace Assistance.Host.Audit.Chain;

/// <summary>
/// The date or month an event takes effect from, as the event itself states it (the second clock of every fact),
/// read from its JSON by field name so that the chain does not depend on the event classes.
/// </summary>
public static class EffectiveDate
{
    /// <summary>In order of preference: the month or date a decision takes effect, then the day the act was done.</summary>
    private static readonly string[] Fields =
    [
        "effectiveMonth", "effectiveOn", "effectiveFrom", "appliedOn", "decidedOn", "assessedOn", "reviewedOn", "signedOn",
        "grantedOn", "occurredOn", "lodgedOn", "correctedOn", "importedOn", "day", "month",
    ];

    public static string Of(byte[] canonicalJson)
    {
        using var document = JsonDocument.Parse(canonicalJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return "";
        foreach (var field in Fields)
            if (document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                return value.GetString()!;
        return "";
    }
}
