using Assistance.Samples.Screening;
using System.Diagnostics;
using Assistance.Samples;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Assistance.Host.Sample;

/// <param name="Screening">The screening written beside the cases (none when the city stops with 2025).</param>
public sealed record LoadReport(int Cases, long Events, TimeSpan AppendTime, TimeSpan SnapshotTime, bool AlreadyLoaded, SampleScreening? Screening = null)
{
    public double EventsPerSecond => AppendTime.TotalSeconds > 0 ? Events / AppendTime.TotalSeconds : 0;
}
