extern alias benchmarks;

using benchmarks::Assistance.Benchmarks.Ratios;
using Assistance.Host.Tests.Support;

namespace Assistance.Host.Tests.Performance;

/// <summary>
/// The benchmark's ratios suite at a tiny scale: every measurement runs end to end (load, catch-up, COPY yardsticks, HTTP and
/// session lifecycles, reads, duplicate checks, roster lookups) and the incrementally kept projections equal a rebuild. No timing is asserted.
/// </summary>
public class RatiosSuiteSmokeTests
{
    private static readonly string[] Required =
    [
        "projectionCatchUpRatio", "bulkLoadVsCopyRatio", "httpVsSessionRatio", "readGrowthRatio", "hostPeakMemoryMiB",
        "readP99Ms.case", "readP99Ms.caseAsOf", "readP99Ms.history", "readP99Ms.monthlyStatistics", "readP99Ms.growth",
        "readP99Ms.worklistCounts", "readP99Ms.paymentRollDraft", "readP99Ms.paymentRollDraftAfterAYear", "readP99Ms.paymentRollDraftPage",
        "readP99Ms.paymentRollDraftPageAfterAYear", "readP99Ms.paymentRollIssuedPage", "readGrowthRatioIncludingWholeRoll", "readP99Ms.worklist.reviews-due", "readP99Ms.case.at10k",
        "httpP99Ms.approve", "sessionP95Ms.exit", "duplicateCheckP50Ms", "duplicateCheckP50Ms.at1000", "enrolmentGrowthRatio",
        "rosterLookupP50Ms", "rosterLookupGrowthRatio", "readP99Ms.worklist.open-appeals", "readP99Ms.illnessPovertyStatistics",
    ];

    [Fact]
    public async Task Every_measurement_runs_and_the_projections_equal_a_rebuild()
    {
        var settings = new RatiosSettings(Scale: 0.008, BaselineScale: 0.006, SmallScale: 0.005, Clients: 2, LifecycleHouseholds: 4,
            ReadSamples: 3, DuplicateCheckSamples: 5, RosterLookupSamples: 2);

        var figures = await new RatiosSuite(settings, TestDatabase.CreateAsync).RunAsync();

        figures["projectionDocuments"].ShouldBeGreaterThan(0);
        figures["projectionDocumentsDifferingFromRebuild"].ShouldBe(0);
        figures["events"].ShouldBeGreaterThan(figures["households"]);
        foreach (var name in Required) figures.Has(name).ShouldBeTrue(name);
        figures.Values.ShouldAllBe(f => double.IsFinite(f.Value) && f.Value >= 0);
    }
}
