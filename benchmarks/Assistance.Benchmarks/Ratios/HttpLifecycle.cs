using System.Net.Http.Json;
using NodaTime.Text;

namespace Assistance.Benchmarks.Ratios;

/// <summary>The lifecycle through the real HTTP host: one request per command, as a caseworker's browser or a script sends it.</summary>
public sealed class HttpLifecycle(HttpClient caseworker, HttpClient approver)
{
    public async Task RunAsync(LifecycleHousehold h, IReadOnlyDictionary<string, Latencies> timings)
    {
        await Send(caseworker, timings["apply"], "/api/households", new
        {
            id = h.Id, countyCode = h.CountyCode, township = "丰州镇", village = "东关村", residence = "Rural", program = "Dibao",
            channel = "Online", appliedOn = Date(h.AppliedOn),
            members = h.Members.Select(m => new { name = m.Name, idNumber = m.IdNumber, relation = m.Relation.ToString(), laborCapacity = m.LaborCapacity.ToString() }),
        });
        await Send(caseworker, timings["commit"], $"/api/households/{h.Id}/commitments",
            new { applicantSigned = true, agencySigned = true, signedOn = Date(h.SignedOn), signedBy = "基准窗口" });
        await Send(caseworker, timings["assess"], $"/api/households/{h.Id}/assessments",
            new { assessedOn = Date(h.AssessedOn), monthlyIncome = LifecycleHousehold.MonthlyIncome, rigidExpenditure = 0m, assessedBy = "基准调查员" });
        await Send(approver, timings["approve"], $"/api/households/{h.Id}/decisions",
            new { decision = "Approve", effectiveMonth = Month(h.EnrolFrom), decidedBy = "基准科长" });
        await Send(approver, timings["exit"], $"/api/households/{h.Id}/exits",
            new { reason = "Voluntary", effectiveMonth = Month(h.ExitFrom), decidedBy = "基准科长" });
    }

    private static async Task Send(HttpClient http, Latencies latencies, string url, object body)
    {
        using var response = await latencies.TimeAsync(() => http.PostAsJsonAsync(url, body));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string Date(NodaTime.LocalDate d) => LocalDatePattern.Iso.Format(d);
    private static string Month(NodaTime.YearMonth m) => YearMonthPattern.Iso.Format(m);
}
