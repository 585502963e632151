using Alba;
using Assistance.Domain.Values;

namespace Assistance.Host.Tests.Support;

/// <summary>Request bodies and calls for driving a case through the HTTP API.</summary>
public static class Households
{
    public static string Id(string area, string birth, string sequence)
    {
        var first17 = area + birth + sequence;
        return first17 + IdNumber.CheckCharacterFor(first17);
    }

    public static readonly string ApplicantId = Id("140429", "19700308", "011");
    public static readonly string SpouseId = Id("140429", "19720512", "022");
    public static readonly string ChildId = Id("140429", "20100901", "033");

    public static object Application(Guid? id = null, string county = "140429", string appliedOn = "2025-01-06", string residence = "Rural") => new
    {
        id,
        countyCode = county,
        township = "丰州镇",
        village = "东关村",
        residence,
        program = "Dibao",
        channel = "Online",
        appliedOn,
        members = new object[]
        {
            new { name = "王大山", idNumber = ApplicantId, relation = "Self", laborCapacity = "Partial" },
            new { name = "李秀英", idNumber = SpouseId, relation = "Spouse", disability = "Grade2", laborCapacity = "None" },
            new { name = "王小明", idNumber = ChildId, relation = "Child" },
        },
    };

    public static object Commitment(string signedOn = "2025-01-07") =>
        new { applicantSigned = true, agencySigned = true, signedOn, signedBy = "窗口张", signatureRef = "ESIGN-2025-0001" };

    public static object Assessment(string assessedOn = "2025-01-13", decimal monthlyIncome = 600m) =>
        new { assessedOn, monthlyIncome, assets = new { deposits = 3000m }, rigidExpenditure = 0m, assessedBy = "调查员李" };

    public static async Task<Guid> ApplyAsync(this IAlbaHost host, object? application = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(application ?? Application()).ToUrl("/api/households");
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadJsonNodeAsync()).Value<Guid>("id");
    }

    public static async Task<long> PostAsync(this IAlbaHost host, Guid id, string step, object body, int status = 200, Assistance.Host.Access.LedgerUser? user = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body).ToUrl($"/api/households/{id}/{step}");
            if (user is not null) s.As(user);
            s.StatusCodeShouldBe(status);
        });
        if (status == 200 && result.Context.Response.StatusCode != 200) throw new Exception(await result.ReadAsTextAsync());
        return status == 200 ? (await result.ReadJsonNodeAsync()).Value<long>("version") : -1;
    }

    public static async Task<System.Text.Json.Nodes.JsonNode> GetCaseAsync(this IAlbaHost host, Guid id, string? asOf = null, bool showIdNumbers = false)
    {
        var result = await host.Scenario(s =>
        {
            var query = string.Join('&', new[] { asOf is null ? null : $"asOf={asOf}", showIdNumbers ? "showIdNumbers=true" : null }.OfType<string>());
            s.Get.Url(query.Length == 0 ? $"/api/households/{id}" : $"/api/households/{id}?{query}");
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadJsonNodeAsync();
    }

    /// <summary>The case's chain verification (<c>GET /api/households/{id}/verify</c>).</summary>
    public static async Task<System.Text.Json.Nodes.JsonNode> VerifyCaseAsync(this IAlbaHost host, Guid id) => await (await host.Scenario(s =>
    {
        s.Get.Url($"/api/households/{id}/verify");
        s.StatusCodeShouldBeOk();
    })).ReadJsonNodeAsync();
}
