using Marten;
using NodaTime;

namespace Assistance.Host.Worklists.DataComparison;

/// <summary>What became of an uploaded comparison result.</summary>
public sealed record ComparisonOutcome(int Received, int Matched, int Unmatched, int WarningsRaised, int AlreadyKnown, IReadOnlyList<Guid> Cases);
