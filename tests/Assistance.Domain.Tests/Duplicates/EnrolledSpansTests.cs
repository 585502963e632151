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
    private static readonly string LodgerId = Id("140429", "19900615", "044");

    private static Instant Hour(int h) => Start.Plus(Duration.FromHours(h));

    private static CaseExited Exited() => new(ExitReason.Voluntary, new YearMonth(2025, 6), "科长丙", null);

    private static HouseholdMembersChanged Joined(string idNumber) =>
        new(MemberChangeKind.MovedIn, new Member("赵小红", idNumber, Relation.Other), new LocalDate(2025, 5, 3), new YearMonth(2025, 6), "窗口甲");

    /// <summary>The case's events, one recorded each hour from <see cref="Start"/>.</summary>
    private static IEnumerable<(Instant, object)> Stream(params object[] events) => events.Select((e, i) => (Hour(i), e));

    [Fact]
    public void A_person_is_enrolled_from_the_approval_until_the_exit_and_not_before()
    {
        var spans = EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), Enrolled(), Exited()));
        spans[ApplicantId].ShouldHaveSingleItem().ShouldBe(new RecordedSpan(Hour(3), Hour(4)));
        EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), Enrolled()))[SpouseId].ShouldHaveSingleItem().ShouldBe(new RecordedSpan(Hour(3), null));
        EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed())).ShouldBeEmpty();
    }

    [Fact]
    public void A_member_who_joins_an_enrolled_case_is_enrolled_from_the_change_and_a_member_the_enrolment_leaves_out_never()
    {
        var spans = EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), Enrolled(), Joined(LodgerId)));
        spans[LodgerId].ShouldHaveSingleItem().ShouldBe(new RecordedSpan(Hour(4), null));
        spans[ApplicantId].ShouldHaveSingleItem().ShouldBe(new RecordedSpan(Hour(3), null));
        EnrolledSpans.MayBegin(Joined(LodgerId)).ShouldBeTrue();
        EnrolledSpans.MayBegin(Enrolled()).ShouldBeTrue();
        EnrolledSpans.MayBegin(Joined(LodgerId) with { Kind = MemberChangeKind.MovedOut }).ShouldBeFalse();

        var singlePerson = Enrolled() with { EnrolledIdNumbers = [ApplicantId] };
        EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), singlePerson)).Keys.ShouldBe([ApplicantId]);
    }

    [Fact]
    public void An_enrolment_undone_at_the_same_instant_is_no_span_and_a_second_enrolment_is_a_second_span()
    {
        var sameInstant = new (Instant, object)[] { (Hour(0), Applied()), (Hour(1), Committed()), (Hour(2), Assessed()), (Hour(3), Enrolled()), (Hour(3), Exited()) };
        EnrolledSpans.Of(sameInstant).ShouldBeEmpty();

        var twice = EnrolledSpans.Of(Stream(Applied(), Committed(), Assessed(), Enrolled(), Exited(), Applied(), Committed(), Assessed(), Enrolled()));
        twice[ApplicantId].ShouldBe([new RecordedSpan(Hour(3), Hour(4)), new RecordedSpan(Hour(8), null)]);
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
    }

    [Fact]
    public void An_overlap_ends_when_the_first_of_its_two_spans_does_and_not_while_both_are_open()
    {
        RecordedSpan[] open = [new(Hour(1), null)];
        EnrolledSpans.OverlapEnded(open, [new(Hour(2), null)]).ShouldBeNull();
        EnrolledSpans.OverlapEnded(open, [new(Hour(2), Hour(5))]).ShouldBe(Hour(5));
        EnrolledSpans.OverlapEnded([new(Hour(1), Hour(3))], [new(Hour(2), Hour(5))]).ShouldBe(Hour(3));
        // Enrolled again later: the last overlap counts.
        EnrolledSpans.OverlapEnded([new(Hour(1), Hour(3)), new(Hour(6), Hour(9))], [new(Hour(2), null)]).ShouldBe(Hour(9));
        EnrolledSpans.OverlapEnded([new(Hour(1), Hour(3))], [new(Hour(4), null)]).ShouldBe(Instant.MinValue);
        EnrolledSpans.OverlapEnded([], open).ShouldBe(Instant.MinValue);
    }
}
