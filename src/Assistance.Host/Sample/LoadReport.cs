using System.Diagnostics;
using Assistance.Samples;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Assistance.Host.Sample;

public sealed record LoadReport(int Cases, long Events, TimeSpan AppendTime, TimeSpan SnapshotTime, bool AlreadyLoaded)
{
    public double EventsPerSecond => AppendTime.TotalSeconds > 0 ? Events / AppendTime.TotalSeconds : 0;
}
