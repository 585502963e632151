using Assistance.Host.Audit.Chain;

namespace Assistance.Host.Tests.Audit;

/// <summary>
/// The seal's spelling is part of what the ledger has already stored: every event sealed by an earlier version must still
/// verify. These inputs were sealed by the first implementation; a faster one has to give the same bytes and hashes.
/// </summary>
public class SealFormatTests
{
    private const string Event = """
        {"members":[{"name":"张三","idNumber":"140403199001011234","income":1.50},{"z":1E+3,"a":true,"m":null}],
         "effectiveMonth":null,"nested":{"effectiveOn":"2020-01-01","b":[],"a":{}},"appliedOn":"2025-01-02",
         "note":"引号\" 反斜杠\\ 换行\n <tag> &amp;","amount":700.0,"big":12345678901234567890,"neg":-2.5e-3}
        """;

    [Fact]
    public void Canonical_json_sorts_keys_by_code_unit_drops_whitespace_and_writes_exponents_out()
    {
        System.Text.Encoding.UTF8.GetString(CanonicalJson.Of(Event)).ShouldBe(
            """{"amount":700.0,"appliedOn":"2025-01-02","big":12345678901234567890,"effectiveMonth":null,"members":[{"idNumber":"140403199001011234","income":1.50,"name":"张三"},{"a":true,"m":null,"z":1000}],"neg":-0.0025,"nested":{"a":{},"b":[],"effectiveOn":"2020-01-01"},"note":"引号\" 反斜杠\\ 换行\n <tag> &amp;"}""");
    }

    [Fact]
    public void The_effective_date_is_the_first_top_level_string_field_in_order_of_preference()
    {
        EffectiveDate.Of(CanonicalJson.Of(Event)).ShouldBe("2025-01-02");
        EffectiveDate.Of(CanonicalJson.Of("""{"decidedOn":"2025-03-01","effectiveMonth":"2025-04"}""")).ShouldBe("2025-04");
        EffectiveDate.Of(CanonicalJson.Of("[1,2]")).ShouldBe("");
    }

    [Fact]
    public void A_seal_is_the_same_hash_as_the_first_implementation_gave()
    {
        var stream = Guid.Parse("0b5c8e1e-3f43-4a57-9d0e-2f1f6c2b9a10");
        var recorded = new DateTimeOffset(2025, 1, 20, 2, 0, 0, 123, TimeSpan.Zero).AddTicks(4567);
        var first = EventSeal.Of("", stream, 1, "application_received", CanonicalJson.Of(Event), "经办人王", recorded);
        var second = EventSeal.Of(first, stream, 2, "commitment_signed", CanonicalJson.Of("""{"signedOn":"2025-01-21"}"""), null, recorded);
        first.ShouldBe("93c167ded0e639aa48b4d3a8539cb71b938a3f5b3a176cca0e4c2e05fd419907");
        second.ShouldBe("dbbfb5a6b8c9e37644971d98fcbca53113c3fe24f06ec5bf1c78441cc4acfbc0");
    }
}
