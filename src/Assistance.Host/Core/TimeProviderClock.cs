using NodaTime;

namespace Assistance.Host.Core;

/// <summary>The one clock of the ledger: NodaTime's view of the injected <see cref="TimeProvider"/> (which Marten also stamps events with).</summary>
public sealed class TimeProviderClock(TimeProvider time) : IClock
{
    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(time.GetUtcNow());
}
