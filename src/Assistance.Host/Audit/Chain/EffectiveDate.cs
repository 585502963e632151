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

    /// <remarks>Reads the top-level properties with a reader, skipping nested values, rather than building a document: every
    /// event sealed or verified passes here.</remarks>
    public static string Of(byte[] canonicalJson)
    {
        var reader = new Utf8JsonReader(canonicalJson);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return "";
        var found = new string?[Fields.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Array.IndexOf(Fields, reader.GetString());
            reader.Read();
            if (field >= 0) found[field] = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; // the last of a repeated name counts
            reader.Skip();
        }
        return Array.Find(found, f => f is not null) ?? "";
    }
}
