namespace Assistance.Benchmarks.Ratios;

/// <summary>One ledger's timings of <see cref="ReadProbe.DraftBeforeAndAfterAYearOfRollsAsync"/>.</summary>
public sealed record RollsOfAYear(Latencies Before, Latencies After, Latencies PageAfter, Latencies IssuedPage);
