using System.Diagnostics;
using Assistance.Samples;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace Assistance.Host.Sample;

/// <summary>How far a load has got.</summary>
public sealed record LoadProgress(int Cases, long Events, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;

    public override string ToString() => $"{Cases:N0} 户，{Events:N0} 个事件，{Elapsed.TotalSeconds:N1} 秒，{EventsPerSecond:N0} 事件/秒";
}
