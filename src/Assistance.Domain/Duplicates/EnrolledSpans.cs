using Assistance.Domain.Cases;

namespace Assistance.Domain.Duplicates;

/// <summary>
/// When a case enrolled a person, by the times its events were recorded. 重复享受 is two cases' spans of one person that
/// overlap: reading them from the streams rather than from the cases as they stand now finds a duplicate however late the
/// check runs (after one case has exited, or before the other's enrolment was visible to it).
/// </summary>
public static class EnrolledSpans
{
    /// <param name="stream">The case's events in order, each with the time it was recorded.</param>
    public static IReadOnlyList<RecordedSpan> Of(IEnumerable<(Instant RecordedAt, object Event)> stream, string idNumber)
    {
        var spans = new List<RecordedSpan>();
        HouseholdCase? state = null;
        Instant? since = null;
        foreach (var (at, e) in stream)
        {
            state = CaseEventFold.Apply(state, e);
            var enrols = state is { IsEnrolled: true } && state.EnrolledIdNumbers.Contains(idNumber);
            if (enrols && since is null) since = at;
            else if (!enrols && since is { } from)
            {
                if (from < at) spans.Add(new RecordedSpan(from, at));
                since = null;
            }
        }
        if (since is { } open) spans.Add(new RecordedSpan(open, null));
        return spans;
    }
}
