using Assistance.Domain.Cases;
using Assistance.Domain.Duplicates;
using Assistance.Domain.Values;
using NodaTime;
using static Assistance.Domain.Tests.Cases.CaseScenario;

namespace Assistance.Domain.Tests.Duplicates;

/// <summary>重复享受 is read from when each case enrolled a person, by recorded time, not from the cases as they stand now.</summary>
public class EnrolledSpansTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 1, 0);

    private static Instant Hour(int h) => Start.Plus(Duration.FromHours(h));

    private static CaseExited Exited() => new(ExitReason.Voluntary, new YearMonth(2025, 6), "科长丙", null);

    /// <summary>The case's events, one recorded each hour from <see cref="Start"/>.</summary>
    private static IEnumerable<(Instant, object)> Stream(params object[] events) => events.Select((e, i) => (Hour(i), e));

    [Fact]
    public void A_person_is_enrolled_from_the_approval_until_the_exit_and_not_before()
    {
        var spans = EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), Enrolled(), Exited()), ApplicantId);
        spans.ShouldHaveSingleItem().ShouldBe(new RecordedSpan(Hour(3), Hour(4)));
        EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), Enrolled()), SpouseId).ShouldHaveSingleItem().ShouldBe(new RecordedSpan(Hour(3), null));
        EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed()), ApplicantId).ShouldBeEmpty();
    }

    [Fact]
    public void A_member_the_enrolment_leaves_out_is_never_enrolled_and_an_enrolment_undone_at_the_same_instant_is_no_span()
    {
        var singlePerson = Enrolled() with { EnrolledIdNumbers = [ApplicantId] };
        EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), singlePerson), SpouseId).ShouldBeEmpty();

        var sameInstant = new (Instant, object)[] { (Hour(0), Applied()), (Hour(1), Committed()), (Hour(2), Assessed()), (Hour(3), Enrolled()), (Hour(3), Exited()) };
        EnrolledSpans.Of(sameInstant, ApplicantId).ShouldBeEmpty();
    }

    [Fact]
    public void Spans_that_only_touch_do_not_overlap_and_an_open_span_overlaps_everything_after_its_start()
    {
        var closed = new RecordedSpan(Hour(1), Hour(3));
        closed.Overlaps(new RecordedSpan(Hour(3), Hour(5))).ShouldBeFalse();
        new RecordedSpan(Hour(3), Hour(5)).Overlaps(closed).ShouldBeFalse();
        closed.Overlaps(new RecordedSpan(Hour(2), null)).ShouldBeTrue();
        new RecordedSpan(Hour(2), null).Overlaps(closed).ShouldBeTrue();
        closed.Overlaps(new RecordedSpan(Hour(0), Hour(1))).ShouldBeFalse();
        closed.Contains(Hour(1)).ShouldBeTrue();
        closed.Contains(Hour(3)).ShouldBeFalse();
    }
}
