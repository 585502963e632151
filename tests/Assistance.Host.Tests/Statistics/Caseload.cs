using System.Text.Json.Nodes;
using Alba;
using Assistance.Host.Tests.Support;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Assistance.Host.Tests.Statistics;

/// <summary>Builds enrolled cases through the HTTP API and reads the statistics endpoints back.</summary>
public static class Caseload
{
    private static int _people;

    /// <summary><paramref name="members"/> valid, distinct ID numbers; the first is the applicant's.</summary>
    public static string[] IdNumbers(string county, int members) => Enumerable.Range(0, members)
        .Select(i => Households.Id(county, i == 0 ? "19650101" : $"19{80 + i}0615", (Interlocked.Increment(ref _people) % 1000).ToString("000")))
        .ToArray();

    public static object Member(string idNumber, string relation) => new { name = $"成员{idNumber[^4..]}", idNumber, relation };

    /// <summary>Applies (2024-11-05), signs, assesses and approves a household from <paramref name="effectiveMonth"/>.</summary>
    public static async Task<Guid> EnrolAsync(this IAlbaHost host, string county, string residence, string effectiveMonth, int members,
        string program = "Dibao", bool singlePerson = false)
    {
        var ids = IdNumbers(county, members);
        var id = await host.ApplyAsync(new
        {
            countyCode = county, residence, program, appliedOn = "2024-11-05",
            members = ids.Select((n, i) => Member(n, i == 0 ? "Self" : "Child")).ToArray(),
            singlePersonIdNumber = singlePerson ? ids[^1] : null,
        });
        await host.PostAsync(id, "commitments", Households.Commitment("2024-11-06"));
        // Below both standards for a household; for 单人保, in the 低保边缘 band (800 per head), where only that is allowed.
        await host.PostAsync(id, "assessments", Households.Assessment("2024-11-08", (singlePerson ? 800m : 100m) * members));
        await host.PostAsync(id, "decisions", new { decision = "Approve", program, decidedOn = DecidedBefore(effectiveMonth), effectiveMonth,
            monthlyAmount = 500m * members, reason = "县级集体研究确定金额", decidedBy = "科长赵" });
        return id;
    }

    /// <summary>A decision date from which payment starts in <paramref name="effectiveMonth"/> (the 20th of the month before).</summary>
    public static string DecidedBefore(string effectiveMonth) =>
        NodaTime.Text.YearMonthPattern.Iso.Parse(effectiveMonth).Value.PlusMonths(-1).OnDayOfMonth(20).ToString("yyyy-MM-dd", null);

    public static Task ExitAsync(this IAlbaHost host, Guid id, string reason, string effectiveMonth) =>
        host.PostAsync(id, "exits", new { reason, effectiveMonth, decidedBy = "科长赵" });

    public static async Task<JsonNode> GetJsonAsync(this IAlbaHost host, string url, int status = 200)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(status);
        });
        return await result.ReadJsonNodeAsync();
    }

    public static async Task WaitForStatisticsAsync(this IAlbaHost host) =>
        await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    public static async Task<JsonNode> MonthlyRowAsync(this IAlbaHost host, string month, string county, string program = "Dibao")
    {
        var rows = (await host.GetJsonAsync($"/api/statistics/monthly?month={month}&countyCode={county}&program={program}")).AsArray();
        rows.Count.ShouldBe(1);
        return rows[0]!;
    }

    /// <summary>The contract's columns of a row, in its order, for one assertion per row.</summary>
    public static int[] Columns(this JsonNode row) =>
    [
        row.Value<int>("openingPersons"), row.Value<int>("openingHouseholds"),
        row.Value<int>("newPersons"), row.Value<int>("newHouseholds"),
        row.Value<int>("exitedPersons"), row.Value<int>("exitedHouseholds"),
        row.Value<int>("closingPersons"), row.Value<int>("closingHouseholds"),
        row.Value<int>("netGrowthPersons"),
    ];
}
