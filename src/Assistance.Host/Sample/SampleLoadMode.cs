using System.Diagnostics;
using Assistance.Samples;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Assistance.Host.Sample;

/// <summary>How the sample's events reach the store.</summary>
public enum SampleLoadMode
{
    /// <summary>
    /// New streams through Marten's bulk COPY (<c>BulkInsertEventsAsync</c>), keeping each event's recorded time from the sample,
    /// and the case snapshots (which COPY does not project) folded by the aggregate's own Create/Apply and bulk-inserted beside them.
    /// </summary>
    Bulk,
    /// <summary>Bulk COPY of the events, then Marten's daemon rebuilds the case snapshots from the store (slow: measured in benchmarks).</summary>
    BulkThenRebuild,
    /// <summary>Ordinary sessions (<c>StartStream</c>, inline snapshots, recorded at load time), several writers in parallel.</summary>
    Sessions,
}
