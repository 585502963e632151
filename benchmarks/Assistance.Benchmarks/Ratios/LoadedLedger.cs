using Assistance.Host.Sample;

namespace Assistance.Benchmarks.Ratios;

/// <summary>A ledger of the suite with its sample loaded, and how long its async projections took to catch up on it.</summary>
public sealed record LoadedLedger(LedgerUnderTest Ledger, LoadReport Report, TimeSpan CatchUp, IReadOnlyDictionary<string, TimeSpan> CatchUpByProjection) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Ledger.DisposeAsync();
}
