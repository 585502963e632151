using Assistance.Domain.Cases;
using Assistance.Host.Worklists;
using Marten;
using System.Text.Json;

namespace Assistance.Benchmarks.Ratios;

/// <summary>
/// Times the reads a caseworker or a dashboard makes, one client after a short warm-up, each over its own spread of cases and counties:
/// a case, an asOf replay, a history, the monthly statistics, the growth endpoint, the 因病致贫 statistics, each worklist's first page (open appeals too) and the counts, the
/// first page of a payment-roll draft (with the whole roll's totals) and the whole draft. The ledgers compared (the chosen scale
/// and about 10,000 households) take turns sample by sample, so that a garbage collection, an autovacuum pass or another
/// process on the machine falls on both alike rather than on one scale's run of a read.
/// </summary>
public sealed class ReadProbe(IReadOnlyList<LedgerUnderTest> ledgers, int samples)
{
    /// <summary>The lines of the roll page a caseworker opens.</summary>
    public const int RollPageLines = 100;

    /// <summary>A whole roll is a county's every payee, a second and more at the province: fewer samples keep the run short.</summary>
    private readonly int _wholeRollSamples = Math.Min(samples, 30);

    private static readonly string[] Counties = ["140403", "140404", "140405", "140406", "140423", "140425", "140426", "140427", "140428", "140429", "140430", "140431"];
    private const int WarmUp = 3;

    /// <summary>Each read's latencies, one dictionary per ledger in the order given.</summary>
    public async Task<IReadOnlyList<Dictionary<string, Latencies>>> RunAsync()
    {
        var cases = new List<IReadOnlyList<Guid>>();
        foreach (var ledger in ledgers) cases.Add(await SomeCasesAsync(ledger));
        var month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM");
        string County(int i) => Counties[i % Counties.Length];
        string Case(int ledger, int i) => $"/api/households/{cases[ledger][i % cases[ledger].Count]}";
        var reads = new List<(string Name, Func<int, int, string> Url)>
        {
            ("case", (l, i) => Case(l, i)),
            ("caseAsOf", (l, i) => $"{Case(l, i)}?asOf=2025-12-31"),
            ("history", (l, i) => $"{Case(l, i)}/history"),
            ("monthlyStatistics", (_, i) => $"/api/statistics/monthly?month=2025-{i % 11 + 1:00}"),
            ("growth", (_, _) => "/api/statistics/growth?baseline=2024-12&month=2025-11"),
            ("illnessPovertyStatistics", (_, i) => $"/api/statistics/illness-poverty?month=2025-{i % 11 + 1:00}"),
            ("worklistCounts", (_, i) => $"/api/worklists?countyCode={County(i)}"),
            ("paymentRollDraftPage", (_, i) => $"/api/payment-rolls/{County(i)}/{month}?limit={RollPageLines}"),
            ("worklist.open-appeals", (_, i) => $"/api/worklists/open-appeals?countyCode={County(i)}"),
        };
        reads.AddRange(WorklistNames.All.Select(l => ($"worklist.{l.Name}", (Func<int, int, string>)((_, i) => $"/api/worklists/{l.Name}?countyCode={County(i)}&page=1&pageSize=20"))));

        var timings = ledgers.Select(_ => new Dictionary<string, Latencies>()).ToList();
        void Keep(string name, IReadOnlyList<Latencies> each)
        {
            for (var l = 0; l < ledgers.Count; l++) timings[l][name] = each[l];
        }
        foreach (var (name, url) in reads) Keep(name, await TimeAsync(url, samples));
        Keep("paymentRollDraft", await TimeAsync((_, i) => $"/api/payment-rolls/{County(i)}/{month}", _wholeRollSamples));
        return timings;
    }

    /// <summary>Lines in a county's roll draft this month, on average over the counties: a roll's cost grows with its lines.</summary>
    public static async Task<double> MeanRollLinesAsync(LedgerUnderTest ledger)
    {
        var month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM");
        var lines = new List<int>();
        foreach (var county in Counties)
        {
            using var roll = JsonDocument.Parse(await ledger.Http.GetStringAsync($"/api/payment-rolls/{county}/{month}"));
            lines.Add(roll.RootElement.GetProperty("lines").GetArrayLength());
        }
        return lines.Average();
    }

    /// <summary>
    /// One county's draft, whole and its first page, before and after the twelve months before it were issued: a draft compares each
    /// issued month with what was paid for it, so this shows whether its time grows with the months of rolls behind it as well as
    /// with its lines. Then pages of last month's issued roll, from its first on through the roll.
    /// </summary>
    public async Task<IReadOnlyList<RollsOfAYear>> DraftBeforeAndAfterAYearOfRollsAsync()
    {
        var now = DateTime.UtcNow.AddHours(8);
        var county = Counties[0];
        var url = $"/api/payment-rolls/{county}/{now:yyyy-MM}";
        var before = await TimeAsync((_, _) => url, _wholeRollSamples);
        foreach (var ledger in ledgers)
            for (var back = 12; back >= 1; back--)
            {
                using var issued = await ledger.ApproverHttp.PostAsync($"/api/payment-rolls/{county}/{now.AddMonths(-back):yyyy-MM}", null);
                if (!issued.IsSuccessStatusCode)
                    throw new InvalidOperationException($"issuing {county} {now.AddMonths(-back):yyyy-MM}: {(int)issued.StatusCode} {await issued.Content.ReadAsStringAsync()}");
            }
        var after = await TimeAsync((_, _) => url, _wholeRollSamples);
        var pageAfter = await TimeAsync((_, _) => $"{url}?limit={RollPageLines}", samples);
        var lastMonth = $"/api/payment-rolls/{county}/{now.AddMonths(-1):yyyy-MM}?limit={RollPageLines}";
        var starts = new List<IReadOnlyList<string?>>();
        foreach (var ledger in ledgers) starts.Add(await PageStartsAsync(ledger, lastMonth));
        var issuedPage = await TimeAsync((l, i) => starts[l][i % starts[l].Count] is { } from ? $"{lastMonth}&after={from}" : lastMonth, samples);
        return ledgers.Select((_, l) => new RollsOfAYear(before[l], after[l], pageAfter[l], issuedPage[l])).ToList();
    }

    /// <summary>The <c>after</c> of each page of a roll, as many as there are samples at most (null for the first).</summary>
    private async Task<IReadOnlyList<string?>> PageStartsAsync(LedgerUnderTest ledger, string url)
    {
        var starts = new List<string?> { null };
        while (starts.Count < samples)
        {
            using var page = JsonDocument.Parse(await ledger.Http.GetStringAsync(starts[^1] is { } from ? $"{url}&after={from}" : url));
            if (!page.RootElement.TryGetProperty("next", out var next)) break;
            starts.Add(next.GetString());
        }
        return starts;
    }

    /// <summary>
    /// A few untimed calls on each ledger first, then the samples, the i-th of them at <paramref name="url"/>(ledger, i) on every
    /// ledger in turn, which goes first alternating.
    /// </summary>
    private async Task<IReadOnlyList<Latencies>> TimeAsync(Func<int, int, string> url, int count)
    {
        var latencies = ledgers.Select(_ => new Latencies()).ToList();
        for (var l = 0; l < ledgers.Count; l++)
            for (var i = 0; i < WarmUp; i++) await GetAsync(ledgers[l], url(l, i), null);
        for (var i = 0; i < count; i++)
            for (var turn = 0; turn < ledgers.Count; turn++)
            {
                var l = i % 2 == 0 ? turn : ledgers.Count - 1 - turn;
                await GetAsync(ledgers[l], url(l, i), latencies[l]);
            }
        return latencies;
    }

    private static async Task GetAsync(LedgerUnderTest ledger, string url, Latencies? latencies)
    {
        using var response = latencies is null ? await ledger.Http.GetAsync(url) : await latencies.TimeAsync(() => ledger.Http.GetAsync(url));
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }

    private async Task<IReadOnlyList<Guid>> SomeCasesAsync(LedgerUnderTest ledger)
    {
        await using var query = ledger.Store.QuerySession();
        var ids = await query.Query<HouseholdCase>().OrderBy(c => c.Id).Select(c => c.Id).Take(Math.Max(samples, WarmUp)).ToListAsync();
        return ids.Count > 0 ? ids : throw new InvalidOperationException("no cases to read");
    }
}
