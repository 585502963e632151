using JasperFx.Events.Daemon;
using Marten;

namespace Assistance.Host.Statistics;

/// <summary>
/// How far one projection's rebuild has replayed the event sequence; <see cref="Sequence"/> is null for a projection that keeps
/// no progress row (an inline snapshot), <see cref="Done"/> once its rebuild has returned.
/// </summary>
public sealed record RebuildProgress(string Projection, long? Sequence, long HighWaterMark, bool Done)
{
    public int? Percent => Sequence is not { } s ? null : HighWaterMark == 0 ? 100 : (int)Math.Min(100, s * 100 / HighWaterMark);
}
