using Assistance.Domain.Cases;

namespace Assistance.Domain.Duplicates;

/// <summary>
/// When a case enrolled each person, by the times its events were recorded. 重复享受 is two cases' spans of one person that
/// overlap: reading them from the streams rather than from the cases as they stand now finds a duplicate however late the
/// check runs (after one case has exited, or before the other's enrolment was visible to it).
/// </summary>
public static class EnrolledSpans
{
    /// <summary>The events after which a case may enrol someone it did not before: an enrolment, a member joining an enrolled case.</summary>
    public static bool MayBegin(object e) => e is EnrolmentApproved or HouseholdMembersChanged { Kind: MemberChangeKind.Birth or MemberChangeKind.MovedIn };

    /// <summary>
    /// When the last overlap of two cases' spans of one person ended; null while both cases still enrol them.
    /// <see cref="Instant.MinValue"/> when the spans never overlapped (nothing left to end).
    /// </summary>
    public static Instant? OverlapEnded(IReadOnlyList<RecordedSpan> one, IReadOnlyList<RecordedSpan> other)
    {
        if (one.Any(s => s.To is null) && other.Any(s => s.To is null)) return null;
        return (from a in one from b in other where a.Overlaps(b) select Instant.Min(a.To ?? Instant.MaxValue, b.To ?? Instant.MaxValue))
            .DefaultIfEmpty(Instant.MinValue).Max();
    }

    /// <param name="stream">The case's events in order, each with the time it was recorded.</param>
    /// <returns>Each person the case ever enrolled, with the spans it did.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<RecordedSpan>> Of(IEnumerable<(Instant RecordedAt, object Event)> stream)
    {
        var spans = new Dictionary<string, List<RecordedSpan>>();
        var since = new Dictionary<string, Instant>();
        HouseholdCase? state = null;
        foreach (var (at, e) in stream)
        {
            state = CaseEventFold.Apply(state, e);
            var enrolled = state is { IsEnrolled: true } ? state.EnrolledIdNumbers : [];
            foreach (var idNumber in enrolled) since.TryAdd(idNumber, at);
            foreach (var (idNumber, from) in since.Where(s => !enrolled.Contains(s.Key)).ToList())
            {
                if (from < at) Add(idNumber, new RecordedSpan(from, at));
                since.Remove(idNumber);
            }
        }
        foreach (var (idNumber, from) in since) Add(idNumber, new RecordedSpan(from, null));
        return spans.ToDictionary(s => s.Key, s => (IReadOnlyList<RecordedSpan>)s.Value);

        void Add(string idNumber, RecordedSpan span)
        {
            if (!spans.TryGetValue(idNumber, out var list)) spans[idNumber] = list = [];
            list.Add(span);
        }
    }
}
